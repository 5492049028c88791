using System.Text;
using Prasa.Blocks;

namespace Prasa.Output;

/// <summary>Renders an article's main text as Markdown, keeping headings, lists, quotes and tables.</summary>
public static class MarkdownRenderer
{
    public static string Render(Article article, IReadOnlyList<Block> blocks)
    {
        var sb = new StringBuilder();
        if (article.Title is not null)
        {
            sb.Append("# ").Append(Escape(article.Title)).Append("\n\n");
        }

        var content = blocks.Where(b => b.Label.IsContent()).ToList();
        for (var i = 0; i < content.Count; i++)
        {
            var b = content[i];
            switch (b.Kind)
            {
                case BlockKind.Heading:
                    sb.Append(new string('#', Math.Clamp(b.HeadingLevel, 2, 6))).Append(' ').Append(Escape(Flat(b.Text))).Append("\n\n");
                    break;
                case BlockKind.ListItem:
                    sb.Append("- ").Append(Escape(Flat(b.Text))).Append('\n');
                    if (i + 1 >= content.Count || content[i + 1].Kind != BlockKind.ListItem)
                    {
                        sb.Append('\n');
                    }

                    break;
                case BlockKind.Quote:
                    foreach (var line in b.Text.Split('\n'))
                    {
                        sb.Append("> ").Append(Escape(line)).Append('\n');
                    }

                    sb.Append('\n');
                    break;
                case BlockKind.Preformatted:
                    sb.Append("```\n").Append(b.Text).Append("\n```\n\n");
                    break;
                case BlockKind.TableCell:
                    i = Table(content, i, sb) - 1;
                    break;
                default:
                    sb.Append(Escape(b.Text).Replace("\n", "  \n", StringComparison.Ordinal)).Append("\n\n");
                    break;
            }
        }

        return sb.ToString().TrimEnd() + "\n";
    }

    // Consecutive cells become a table: one row per source row, the first row as the header.
    private static int Table(List<Block> content, int start, StringBuilder sb)
    {
        var rows = new List<List<string>>();
        var i = start;
        var row = -2;
        for (; i < content.Count && content[i].Kind == BlockKind.TableCell; i++)
        {
            if (content[i].Row != row || rows.Count == 0)
            {
                rows.Add([]);
                row = content[i].Row;
            }

            rows[^1].Add(Escape(Flat(content[i].Text)).Replace("|", "\\|", StringComparison.Ordinal));
        }

        var width = rows.Max(r => r.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Concat(Enumerable.Repeat("", width - rows[r].Count));
            sb.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");
            if (r == 0)
            {
                sb.Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", width))).Append('\n');
            }
        }

        sb.Append('\n');
        return i;
    }

    private static string Flat(string text) => text.Replace('\n', ' ');

    // Only the characters that would turn plain text into markup at the start of a line.
    private static string Escape(string text)
    {
        if (text.Length > 0 && text[0] is '#' or '>' or '-' or '+' or '*')
        {
            return "\\" + text;
        }

        // "1. text" would start an ordered list; Markdown escapes the delimiter, not the digit.
        var digits = 0;
        while (digits < text.Length && digits < 9 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits < text.Length && text[digits] is '.' or ')' && (digits + 1 == text.Length || text[digits + 1] == ' '))
        {
            return string.Concat(text.AsSpan(0, digits), "\\", text.AsSpan(digits));
        }

        return text;
    }
}
