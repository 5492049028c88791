using Prasa.Blocks;

namespace Prasa.Extraction;

/// <summary>
/// Drops the fragments that containers carry at their edges: a "3 min read" before the first paragraph,
/// a lone heading or a "Follow us" after the last one. Only short non-prose blocks are touched.
/// </summary>
public static class EdgeTrimmer
{
    public static void Trim(List<Block> blocks)
    {
        var first = -1;
        var last = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Label == Label.Body && Prose.IsProse(blocks[i].Text))
            {
                if (first < 0)
                {
                    first = i;
                }

                last = i;
            }
        }

        if (first < 0)
        {
            return;
        }

        // Section labels and stray words above the text ("Krótko", "Opinion").
        for (var i = 0; i < first; i++)
        {
            var b = blocks[i];
            if (b.Label == Label.Body && Prose.Words(b.Text) <= 3 && Prose.SentenceEnds(b.Text) == 0)
            {
                b.Mark(Label.Other, "fragment before the article text");
            }
        }

        DropTrailingIslands(blocks);
        for (var i = last + 1; i < blocks.Count; i++)
        {
            var b = blocks[i];
            // Only headings left without text and link fragments: a short closing line is still the author's.
            if (b.Label.IsContent() && (b.Kind == BlockKind.Heading || b.LinkDensity > 0.3) && !Prose.IsProse(b.Text)
                && b.Text.Length < 100 && !FollowedByProse(blocks, i))
            {
                b.Mark(Label.Other, "fragment after the article text");
            }
        }
    }

    /// <summary>
    /// Content after the article's end markers (tags, recommendations, comments) that is small next to
    /// the text before them is an author bio or a teaser, not more article.
    /// </summary>
    private static void DropTrailingIslands(List<Block> blocks)
    {
        var before = 0;
        var marker = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Label.IsContent())
            {
                if (marker < 0)
                {
                    before += b.Text.Length;
                    continue;
                }

                var after = 0;
                for (var j = i; j < blocks.Count; j++)
                {
                    after += blocks[j].Label.IsContent() ? blocks[j].Text.Length : 0;
                }

                if (after < 0.2 * before)
                {
                    for (var j = i; j < blocks.Count; j++)
                    {
                        if (blocks[j].Label.IsContent())
                        {
                            blocks[j].Mark(Label.Other, "after the article's end (tags, recommendations or comments stand between)");
                        }
                    }

                    return;
                }

                before += after;
                marker = -1;
                i = blocks.Count;
            }
            else if (before > 0 && b.Label is Label.Tags or Label.Recommendation or Label.Comment)
            {
                marker = i;
            }
        }
    }

    private static bool FollowedByProse(List<Block> blocks, int i)
    {
        for (var j = i + 1; j < blocks.Count; j++)
        {
            if (blocks[j].Label.IsContent())
            {
                return Prose.IsProse(blocks[j].Text) || blocks[j].Text.Length >= 100;
            }
        }

        return false;
    }
}
