using Prasa.Blocks;
using Prasa.Extraction;
using Prasa.Metadata;

namespace Prasa.Text;

/// <summary>
/// Labels the lines of a text dump. A dump has no markup, so the article is the run of lines with the
/// largest total weight (prose for, fragments against): the one-dimensional form of the HTML finder.
/// </summary>
public sealed class TextBlockClassifier
{
    private readonly LineLexicon _lines;

    public TextBlockClassifier(LineLexicon? lines = null) => _lines = lines ?? LineLexicon.Default;

    public void Classify(BlockDocument doc, string? title)
    {
        var blocks = doc.Blocks;
        if (blocks.Count == 0)
        {
            return;
        }

        var weights = BlockWeights.Compute(doc, null, null);
        var (start, end) = BestRun(weights);
        var titleDone = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (!titleDone && title is not null && HtmlBlockClassifier.SameText(b.Text, title))
            {
                b.Mark(Label.Title);
                titleDone = true;
                continue;
            }

            if (_lines.Match(b.Text) is { } m)
            {
                b.Mark(m.Label, $"{m.Label.Name()}: \"{b.Text}\"");
            }
            else if (DateLine.IsDateLine(b.Text))
            {
                b.Mark(Label.Date, "date line");
            }
            else if (BylineLine.IsByline(b.Text))
            {
                b.Mark(Label.Author, "byline");
            }
            else if (i < start || i > end)
            {
                b.Mark(Label.Other, "outside the main run of text");
            }
            else
            {
                b.Mark(Label.Body);
            }
        }

        if (!titleDone)
        {
            // A dump's title is the short line just before the text begins, or the first line.
            for (var i = Math.Min(start, blocks.Count - 1); i >= 0; i--)
            {
                if (blocks[i].Label != Label.Body && !Prose.IsProse(blocks[i].Text) && blocks[i].Text.Length is > 10 and < 200
                    && blocks[i].Label is Label.Other)
                {
                    blocks[i].Mark(Label.Title);
                    break;
                }
            }
        }

        EdgeTrimmer.Trim(blocks);
    }

    private static (int Start, int End) BestRun(double[] w)
    {
        double best = double.MinValue, current = 0;
        int bestStart = 0, bestEnd = -1, start = 0;
        for (var i = 0; i < w.Length; i++)
        {
            if (current <= 0)
            {
                current = 0;
                start = i;
            }

            current += w[i];
            if (current > best)
            {
                best = current;
                bestStart = start;
                bestEnd = i;
            }
        }

        return (bestStart, bestEnd);
    }
}
