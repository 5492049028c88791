using Prasa.Blocks;
using Prasa.Metadata;

namespace Prasa.Extraction;

/// <summary>Labels every block of an HTML page: the article's own blocks, and why each other block is not.</summary>
public sealed class HtmlBlockClassifier
{
    // Verdicts drawn from links alone; a recipe's linked ingredient lines get them too (RecipeIngredients).
    internal const string LinksOutside = "links outside the article";
    internal const string MostlyLinks = "mostly links";
    internal const string TeaserLine = "teaser line: a link to another story";

    private readonly MarkupLexicon _markup;
    private readonly LineLexicon _lines;

    public HtmlBlockClassifier(MarkupLexicon? markup = null, LineLexicon? lines = null)
    {
        _markup = markup ?? MarkupLexicon.Default;
        _lines = lines ?? LineLexicon.Default;
    }

    /// <summary>Labels the blocks in place and returns the element chosen as the article's container.</summary>
    public int Classify(BlockDocument doc, PageHints hints)
    {
        var title = hints.Title;
        var jsonLdBody = hints.ArticleBody;
        var authors = AuthorNames.Folded(hints.Authors);
        var blocks = doc.Blocks;
        if (blocks.Count == 0)
        {
            return -1;
        }

        var subtree = SubtreeChars(doc, out var pageChars);
        var markup = new MarkupVerdicts(doc, _markup, subtree, pageChars);
        var evidence = JsonLdEvidence.Matching(doc, jsonLdBody);
        var cards = TeaserLists.Find(doc);
        var titleBlock = title is null ? -1 : blocks.FindIndex(b => b.Kind == BlockKind.Heading && SameText(b.Text, title));
        var container = MainContentFinder.Find(doc, BlockWeights.Compute(doc, markup, evidence, cards, titleBlock), _markup, out var scores);
        var useMarkup = true;

        // Class names mislead now and then (a whole article inside "post-sidebar-layout"): when trusting
        // them leaves almost nothing, look again without them.
        var chars = TextChars(doc, container, markup);
        if (chars < 300)
        {
            var retry = MainContentFinder.Find(doc, BlockWeights.Compute(doc, null, evidence, cards, titleBlock), _markup, out var retryScores);
            if (TextChars(doc, retry, null) is var retryChars and > 600)
            {
                container = retry;
                scores = retryScores;
                useMarkup = false;
                chars = retryChars;
            }
        }

        // A page of data (results, a product sheet) has no prose: count its short lines instead.
        if (chars < 200)
        {
            var data = MainContentFinder.Find(doc, BlockWeights.Compute(doc, markup, evidence, cards, titleBlock, fragments: true),
                _markup, out var dataScores);
            if (TextChars(doc, data, markup) > 400)
            {
                container = data;
                scores = dataScores;
            }
        }

        var roots = MainContentFinder.WithSiblings(doc, container, scores);
        var isRoot = new bool[doc.Elements.Count];
        foreach (var r in roots)
        {
            isRoot[r] = true;
        }

        var inside = Inside(doc, isRoot);
        var titleDone = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (title is not null && b.Kind == BlockKind.Heading && RepeatsTitle(b.Text, title))
            {
                b.Mark(Label.Title);
                titleDone = true;

                // A short heading just above the headline is its kicker ("Onlineversand aus Fernost:").
                if (i > 0 && blocks[i - 1] is { Kind: BlockKind.Heading, Text.Length: < 80 } kicker && kicker.Label != Label.Title)
                {
                    kicker.Mark(Label.Other, "kicker above the headline");
                }

                continue;
            }

            if (!inside[i])
            {
                LabelOutside(b, markup, evidence.Contains(i));
                continue;
            }

            if (cards[i] >= 0 && !evidence.Contains(i))
            {
                b.Mark(Label.Recommendation, "teaser in a list of similar linked items");
                continue;
            }

            if (AuthorNames.IsOnlyNames(b.Text, authors))
            {
                b.Mark(Label.Author, "byline: the author the page names");
                continue;
            }

            LabelInside(doc, b, isRoot, useMarkup ? markup : null, evidence.Contains(i));
        }

        if (!titleDone)
        {
            // The first top-level heading before the text is the headline, even when the metadata words
            // the title differently: it is not part of the text.
            foreach (var b in blocks)
            {
                if (b.Kind == BlockKind.Heading && b.HeadingLevel == 1 && (title is null ? b.Label != Label.Body : b.Label == Label.Heading))
                {
                    b.Mark(Label.Title);
                    break;
                }

                if (b.Label == Label.Body)
                {
                    break;
                }
            }
        }

        ExtendWithAdjacentProse(blocks);
        RecipeIngredients.Include(doc, hints.Ingredients);
        BoxHeadingsOpeningTheirParent(doc, useMarkup ? markup : null);
        CaptionsBeforeCredits(blocks);
        CaptionsCarryingTheText(blocks, inside);
        SectionLabels.Propagate(blocks);
        LeadFinder.Mark(doc, hints.Description);
        EdgeTrimmer.Trim(blocks);
        return container;
    }

    /// <summary>
    /// A heading that its class names a recommendation box ("&lt;h3 class=relatedpoststitle&gt;Você pode
    /// gostar...&lt;/h3&gt;") and that opens the element holding it speaks for everything after it there:
    /// the posts it lists, with their excerpts, are the box. Not when that element holds the headline.
    /// </summary>
    private static void BoxHeadingsOpeningTheirParent(BlockDocument doc, MarkupVerdicts? markup)
    {
        var blocks = doc.Blocks;
        if (markup is null)
        {
            return;
        }

        for (var i = 1; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Kind != BlockKind.Heading || b.Label != Label.Recommendation || b.Element < 0 || markup.Own[b.Element] != Label.Recommendation
                || doc.Elements[b.Element].Parent is not (var parent and >= 0) || doc.IsWithin(blocks[i - 1].Element, parent))
            {
                continue;
            }

            var end = i + 1;
            while (end < blocks.Count && doc.IsWithin(blocks[end].Element, parent))
            {
                end++;
            }

            if (blocks.FindIndex(i + 1, end - i - 1, n => n.Label == Label.Title) >= 0)
            {
                continue;
            }

            for (var j = i + 1; j < end; j++)
            {
                if (blocks[j].Label.IsContent())
                {
                    blocks[j].Mark(Label.Recommendation, $"under the box heading \"{b.Text}\"");
                }
            }

            i = end - 1;
        }
    }

    private void LabelOutside(Block b, MarkupVerdicts markup, bool evidence)
    {
        if (b.Element >= 0 && markup.Enclosing[b.Element] is var enc and >= 0)
        {
            b.Mark(markup.Own[enc]!.Value, markup.Why[enc]);
            return;
        }

        if (b.LinkDensity > 0.5)
        {
            b.Mark(Label.Navigation, LinksOutside);
            return;
        }

        if (LineLabel(b) is { } line)
        {
            b.Mark(line.Label, line.Reason);
            return;
        }

        b.Mark(Label.Other, evidence ? "outside the article's container" : LeadFinder.OutsideReason);
    }

    private void LabelInside(BlockDocument doc, Block b, bool[] isRoot, MarkupVerdicts? markup, bool evidence)
    {
        if (markup is not null && !evidence && EnclosingBelow(doc, b.Element, isRoot, markup) is var enc and >= 0)
        {
            b.Mark(markup.Own[enc]!.Value, markup.Why[enc]);
            return;
        }

        // Code and other preformatted text is what it is: no wording rule applies to it.
        if (b.Kind == BlockKind.Preformatted)
        {
            b.Mark(Label.Body);
            return;
        }

        if (b.Text.StartsWith('<') && b.Text.Contains("=\"", StringComparison.Ordinal))
        {
            b.Mark(Label.Other, "markup shown as text");
            return;
        }

        if (b.Kind == BlockKind.Caption)
        {
            b.Mark(Label.Caption, "image caption");
            return;
        }

        if (LineLabel(b) is { } line)
        {
            b.Mark(line.Label, line.Reason);
            return;
        }

        if (!evidence && b.LinkDensity > 0.6 && b.Text.Length < 300)
        {
            b.Mark(b.Kind == BlockKind.ListItem ? Label.Recommendation : Label.Navigation,
                $"{MostlyLinks} ({b.LinkDensity:P0} of the text)");
            return;
        }

        // "READ MORE | Headline", "» Hier finden Sie …": a label or an arrow, then a link.
        if (!evidence && b.Text.Length < 200
            && ((b.LinkChars > 0 && Prose.SentenceEnds(b.Text) == 0 && (b.LinkDensity > 0.4 || b.Text[0] is '»' or '›'))
                || b.Text.StartsWith(">>", StringComparison.Ordinal) || b.Text[0] is '→' or '►' or '▶'))
        {
            b.Mark(Label.Recommendation, TeaserLine);
            return;
        }

        b.Mark(b.Kind == BlockKind.Heading ? Label.Heading : Label.Body);
    }

    /// <summary>
    /// Paragraphs of running text right before or after the chosen text, outside every boilerplate box,
    /// continue it: the container was drawn a little too tight.
    /// </summary>
    private static void ExtendWithAdjacentProse(List<Block> blocks)
    {
        var first = blocks.FindIndex(b => b.Label == Label.Body);
        var last = blocks.FindLastIndex(b => b.Label == Label.Body);
        if (first < 0)
        {
            return;
        }

        for (var i = last + 1; i < blocks.Count && IsLooseProse(blocks[i]); i++)
        {
            blocks[i].Mark(Label.Body);
        }

        for (var i = first - 1; i >= 0 && IsLooseProse(blocks[i]); i--)
        {
            blocks[i].Mark(Label.Body);
        }
    }

    private static bool IsLooseProse(Block b) =>
        b.Label == Label.Other && b.Reason == LeadFinder.OutsideReason && b.Text.Length >= 100 && b.LinkDensity < 0.2
        && Prose.SentenceEnds(b.Text) > 0 && b.Kind is BlockKind.Paragraph or BlockKind.Quote or BlockKind.ListItem;

    // A short line just before a photo credit is the photo's caption.
    private static void CaptionsBeforeCredits(List<Block> blocks)
    {
        for (var i = 1; i < blocks.Count; i++)
        {
            // A bare agency name after the last paragraph credits the story, not a photo.
            if (blocks[i].Label == Label.Credit && blocks[i - 1] is { Label: Label.Body, Text.Length: < 320 } caption
                && caption.Kind != BlockKind.Heading && blocks.Skip(i + 1).Any(b => b.Label == Label.Body))
            {
                caption.Mark(Label.Caption, "image caption (followed by a photo credit)");
            }
        }
    }

    /// <summary>
    /// In a slideshow the slides' captions are the story and the text around them a line or two: when the
    /// container's captions hold twice its running text, they are its text.
    /// </summary>
    private static void CaptionsCarryingTheText(List<Block> blocks, bool[] inside)
    {
        // Captions are few on most pages: count them first, and the text only when they could outweigh it.
        var captions = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (inside[i] && blocks[i].Label == Label.Caption && Prose.IsProse(blocks[i].Text))
            {
                captions += blocks[i].Text.Length;
            }
        }

        if (captions < 400)
        {
            return;
        }

        var text = 0;
        for (var i = 0; i < blocks.Count && text * 2 <= captions; i++)
        {
            if (inside[i] && blocks[i].Label == Label.Body && Prose.IsProse(blocks[i].Text))
            {
                text += blocks[i].Text.Length;
            }
        }

        if (captions < 2 * text)
        {
            return;
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            if (inside[i] && blocks[i].Label == Label.Caption && Prose.IsProse(blocks[i].Text))
            {
                blocks[i].Mark(Label.Body, "slideshow: its captions carry the text");
            }
        }
    }

    private (Label Label, string Reason)? LineLabel(Block b)
    {
        if (_lines.Match(b.Text) is { } m)
        {
            return (m.Label, $"{m.Label.Name()}: \"{Short(b.Text)}\"");
        }

        if (CreditLine.IsCredit(b.Text))
        {
            return (Label.Credit, "photo credit");
        }

        if (CreditLine.IsSignature(b.Text))
        {
            return (Label.Credit, "agency signature");
        }

        if (CreditLine.HasGluedCredit(b.Text) || CreditLine.IsCaptionByWording(b.Text))
        {
            return (Label.Caption, "image caption with its photo credit");
        }

        if (IsBareUrl(b.Text))
        {
            return (Label.Other, "a bare web address");
        }

        if (DateLine.IsDateLine(b.Text))
        {
            return (Label.Date, "date line");
        }

        if (BylineLine.IsByline(b.Text))
        {
            return (Label.Author, "byline");
        }

        return null;
    }

    private static bool IsBareUrl(string text) =>
        text.Length < 300 && !text.Contains(' ', StringComparison.Ordinal)
        && (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase));

    private static int EnclosingBelow(BlockDocument doc, int element, bool[] isRoot, MarkupVerdicts markup)
    {
        for (var e = element; e >= 0 && !isRoot[e]; e = doc.Elements[e].Parent)
        {
            if (markup.Own[e] is not null)
            {
                return e;
            }
        }

        return -1;
    }

    private static bool[] Inside(BlockDocument doc, bool[] isRoot)
    {
        var inside = new bool[doc.Blocks.Count];
        var under = new bool[doc.Elements.Count];
        for (var e = 0; e < doc.Elements.Count; e++)
        {
            under[e] = isRoot[e] || (doc.Elements[e].Parent >= 0 && under[doc.Elements[e].Parent]);
        }

        for (var i = 0; i < inside.Length; i++)
        {
            var e = doc.Blocks[i].Element;
            inside[i] = e >= 0 && under[e];
        }

        return inside;
    }

    private static int[] SubtreeChars(BlockDocument doc, out int pageChars)
    {
        pageChars = doc.Blocks.Sum(b => b.Text.Length);
        return SubtreeSums.Of(doc, b => b.Text.Length);
    }

    private static int TextChars(BlockDocument doc, int container, MarkupVerdicts? markup)
    {
        var isRoot = new bool[doc.Elements.Count];
        if (container >= 0)
        {
            isRoot[container] = true;
        }

        var inside = Inside(doc, isRoot);
        var n = 0;
        for (var i = 0; i < inside.Length; i++)
        {
            var b = doc.Blocks[i];
            if (inside[i] && b.LinkDensity < 0.5 && (markup is null || EnclosingBelow(doc, b.Element, isRoot, markup) < 0))
            {
                n += b.Text.Length - b.LinkChars;
            }
        }

        return n;
    }

    internal static bool SameText(string a, string b) =>
        string.Equals(TextNormal.Fold(a), TextNormal.Fold(b), StringComparison.Ordinal);

    /// <summary>The title again, or a shortened form of it ("Sinkt der Leitzins? Klare Ansage [von Profis]").</summary>
    internal static bool RepeatsTitle(string text, string title)
    {
        var a = TextNormal.Fold(text);
        var b = TextNormal.Fold(title);
        if (a == b)
        {
            return true;
        }

        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        return shorter.Length >= 20 && shorter.Length >= 0.6 * longer.Length
            && (longer.StartsWith(shorter, StringComparison.Ordinal) || longer.EndsWith(shorter, StringComparison.Ordinal));
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
