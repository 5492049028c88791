using Prasa.Blocks;
using Prasa.Extraction;
using Prasa.Html;
using Prasa.Inputs;
using Prasa.Metadata;
using Prasa.Text;

namespace Prasa;

/// <summary>
/// The pipeline: page bytes → text → blocks → labelled blocks → article. One instance serves many
/// pages, from many threads.
/// </summary>
public sealed class Extractor
{
    /// <summary>Pages above this size are refused: no news article needs more, and a runaway file must not stall a run.</summary>
    public const int DefaultMaxBytes = 20 * 1024 * 1024;

    private readonly IHtmlBlockBuilder _html;
    // Made on the first HTML page: its lexicons take a text-mode run's start-up some 10 ms to read for nothing.
    private readonly Lazy<HtmlBlockClassifier> _htmlClassifier = new(() => new HtmlBlockClassifier());
    private readonly TextBlockClassifier _textClassifier = new();

    public Extractor(IHtmlBlockBuilder? html = null, int maxBytes = DefaultMaxBytes)
    {
        _html = html ?? HtmlParsers.Create(HtmlParsers.FromEnvironment());
        MaxBytes = maxBytes;
    }

    public int MaxBytes { get; }

    /// <summary>
    /// Corpus context for text dumps: when set, lines that recur on many pages of a site are boilerplate.
    /// A batch run fills it by passing every page to <see cref="Observe"/> before extracting any.
    /// </summary>
    public SiteLines? Corpus { get; set; }

    /// <summary>Counts the lines of a text dump into <see cref="Corpus"/>; HTML pages and unreadable input are skipped.</summary>
    public void Observe(PageInput page, InputMode mode = InputMode.Auto)
    {
        if (Corpus is null || mode == InputMode.Html)
        {
            return;
        }

        // An HTML page has no lines to count: tell it by its first bytes rather than decoding it all.
        if (mode == InputMode.Auto && ContentSniffer.LooksLikeHtml(page.Bytes))
        {
            return;
        }

        // A page of UTF-8 text is read from the decoder's buffer: the corpus pass only hashes its lines, and
        // a string of each page was most of what the pass allocated. The same pages are counted as by Read.
        var bytes = page.Bytes;
        if (Unreadable(bytes) is null && TextDecoder.TryDecodeUtf8(bytes, out var chars))
        {
            if (!chars.IsWhiteSpace() && (mode == InputMode.Text || !ContentSniffer.LooksLikeHtml(chars)))
            {
                Corpus.ObserveText(SiteLines.SiteOf(page.Source, page.Url), chars);
            }

            return;
        }

        try
        {
            var (text, html) = Read(page, mode);
            if (!html)
            {
                Corpus.ObserveText(SiteLines.SiteOf(page.Source, page.Url), text);
            }
        }
        catch (ExtractionException)
        {
            // Extract reports it when the page's turn comes.
        }
    }

    /// <summary>Extracts one page; throws <see cref="ExtractionException"/> for input that is not a page.</summary>
    public Article Extract(PageInput page, InputMode mode = InputMode.Auto, bool explain = false)
    {
        var (text, html) = Read(page, mode);
        return html ? FromHtml(page, text, explain) : FromText(page, text, explain);
    }

    /// <summary>Why the bytes are no page to decode (empty, over the limit, binary), or null.</summary>
    private string? Unreadable(byte[] bytes) =>
        bytes.Length == 0 ? "empty input"
        : bytes.Length > MaxBytes ? $"input of {bytes.Length / (1024.0 * 1024):F1} MB is over the {MaxBytes / (1024 * 1024)} MB limit"
        : ContentSniffer.LooksBinary(bytes) ? "binary content, not a page"
        : null;

    private (string Text, bool Html) Read(PageInput page, InputMode mode)
    {
        var bytes = page.Bytes;
        if (Unreadable(bytes) is { } why)
        {
            throw new ExtractionException(why);
        }

        var (text, _) = TextDecoder.Decode(bytes, page.DeclaredCharset);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ExtractionException("no text in input");
        }

        var html = mode switch
        {
            InputMode.Html => true,
            InputMode.Text => false,
            _ => ContentSniffer.LooksLikeHtml(text),
        };
        return (text, html);
    }

    public Article FromHtml(PageInput page, string html, bool explain)
    {
        var doc = _html.Build(html);
        var ld = JsonLdArticle.Read(doc.Head.JsonLd);
        var h1s = new HeadlineKicker.H1Markup(html);
        var title = TitleFinder.Find(doc, ld, h1s);
        IReadOnlyList<string> authors = ld?.Authors is { Count: > 0 } named ? named
            : doc.Head.MetaContent("author") is { } meta ? [meta] : [];
        _htmlClassifier.Value.Classify(doc, new PageHints(
            title,
            ld?.ArticleBody ?? ld?.Instructions,
            ld?.Description ?? doc.Head.MetaContent("og:description") ?? doc.Head.MetaContent("description"),
            authors,
            ld?.Ingredients));
        return Assemble(page, doc, ld, HeadlineKicker.Strip(title, h1s), explain, html);
    }

    public Article FromText(PageInput page, string text, bool explain)
    {
        var doc = TextBlockBuilder.Build(text);
        var lines = _textClassifier.Classify(doc, Corpus, SiteLines.SiteOf(page.Source, page.Url), reasons: explain);
        var headline = doc.Blocks.FindIndex(b => b.Label == Label.Title);
        var title = headline < 0 ? null : GluedKicker.Headline(lines, headline);
        var article = Assemble(page, doc, null, title, explain, null);
        TextFields.Fill(article, lines);
        return article;
    }

    private static Article Assemble(PageInput page, BlockDocument doc, JsonLdArticle? ld, string? title, bool explain, string? html)
    {
        var article = new Article { Source = page.Source, Title = title };
        var parts = new List<string>();
        foreach (var b in doc.Blocks)
        {
            switch (b.Label)
            {
                case Label.Body or Label.Heading:
                    parts.Add(b.Text);
                    break;
                case Label.Lead:
                    parts.Add(b.Text);
                    article.Lead ??= b.Text;
                    break;
                case Label.Paywall:
                    article.Truncated = true;
                    break;
            }
        }

        article.Text = string.Join("\n\n", parts);
        MetadataReader.Fill(article, doc, ld, page, html);
        if (explain)
        {
            article.Blocks = doc.Blocks;
        }

        return article;
    }
}
