using Prasa.Blocks;

namespace Prasa.Text;

/// <summary>The article fields that only the lines of a dump can give: language, tags, photo credits.</summary>
public static class TextFields
{
    public static void Fill(Article article, TextPage page)
    {
        article.Language ??= page.Language;
        foreach (var b in page.Blocks)
        {
            if (b.Label == Label.Tags && article.Tags.Count == 0)
            {
                var colon = b.Text.IndexOf(':');
                if (colon > 0)
                {
                    article.Tags.AddRange(b.Text[(colon + 1)..].Split(',', '|', '•').Select(t => t.Trim()).Where(t => t.Length is > 0 and < 80).Take(50));
                }
            }
        }

        // Assemble made one image per caption line; a credit belongs to the captions just above it, and
        // the same caption twice (alt text, then caption) is one image.
        article.Images.Clear();
        string? caption = null;
        foreach (var b in page.Blocks)
        {
            if (b.Label == Label.Caption)
            {
                if (caption is not null && caption != b.Text && !IsTwice(b.Text, caption))
                {
                    article.Images.Add(new ArticleImage(null, caption, null));
                }

                caption = Half(b.Text);
            }
            else if (b.Label == Label.Credit)
            {
                article.Images.Add(new ArticleImage(null, caption, b.Text));
                caption = null;
            }
        }

        if (caption is not null)
        {
            article.Images.Add(new ArticleImage(null, caption, null));
        }
    }

    private static bool IsTwice(string text, string caption) => Half(text) == caption;

    private static string Half(string text)
    {
        var half = text.Length / 2;
        return text.Length % 2 == 1 && text.Length > 20 && text[half] == ' ' && text.AsSpan(0, half).SequenceEqual(text.AsSpan(half + 1))
            ? text[..half]
            : text;
    }
}
