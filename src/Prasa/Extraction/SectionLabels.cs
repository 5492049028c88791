using Prasa.Blocks;

namespace Prasa.Extraction;

/// <summary>
/// A label line such as "Auch interessant:" or "Related stories" speaks for what follows it: the short
/// items after it (headlines, blurbs, links) belong to the same box, up to the next real paragraph.
/// </summary>
public static class SectionLabels
{
    private const int MaxItems = 12;

    // Whether less than a quarter of the article's text comes after block i.
    private static bool NearEnd(List<Block> blocks, int i)
    {
        int before = 0, after = 0;
        for (var j = 0; j < blocks.Count; j++)
        {
            if (blocks[j].Label.IsContent())
            {
                if (j < i)
                {
                    before += blocks[j].Text.Length;
                }
                else
                {
                    after += blocks[j].Text.Length;
                }
            }
        }

        return after < (before + after) / 4;
    }

    public static void Propagate(List<Block> blocks)
    {
        var seenBody = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Label == Label.Body)
            {
                seenBody = true;
                continue;
            }

            // Comments come last: below a heading that opens them ("2 thoughts on …") nothing is article.
            if (seenBody && b.Label == Label.Comment && b.Kind == BlockKind.Heading && b.Reason?.StartsWith("comment: ", StringComparison.Ordinal) == true)
            {
                for (var j = i + 1; j < blocks.Count; j++)
                {
                    if (blocks[j].Label.IsContent())
                    {
                        blocks[j].Mark(Label.Comment, $"below \"{b.Text}\"");
                    }
                }

                return;
            }

            // "Über den Autor", "About the author" near the end: the short section under it is a note.
            if (seenBody && b.Kind == BlockKind.Heading && b.Label == Label.Other
                && b.Reason?.StartsWith("other: ", StringComparison.Ordinal) == true && NearEnd(blocks, i))
            {
                var taken = 0;
                for (var j = i + 1; j < blocks.Count && taken < 3; j++)
                {
                    var next = blocks[j];
                    if (next.Kind == BlockKind.Heading)
                    {
                        break;
                    }

                    if (next.Label.IsContent())
                    {
                        next.Mark(Label.Other, $"under \"{b.Text}\"");
                        taken++;
                    }
                }

                continue;
            }

            // Only wording counts here: a box that markup delimits is already labelled whole.
            if (!seenBody || b.Label != Label.Recommendation || b.Text.Length > 60 || b.Reason?.StartsWith("recommendation: ", StringComparison.Ordinal) != true)
            {
                continue;
            }

            var items = 0;
            for (var j = i + 1; j < blocks.Count && items < MaxItems; j++)
            {
                var next = blocks[j];
                if (!next.Label.IsContent())
                {
                    continue;
                }

                // Headlines and links, not sentences: the article's own short paragraphs end with a full stop.
                var isItem = next.LinkDensity > 0.3 || (next.Text.Length < 150 && Prose.SentenceEnds(next.Text) == 0);
                if (!isItem || next.Kind == BlockKind.Heading && next.HeadingLevel <= 2)
                {
                    break;
                }

                next.Mark(Label.Recommendation, $"item under \"{b.Text}\"");
                items++;
            }
        }
    }
}
