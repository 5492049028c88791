using Prasa.Blocks;

namespace Prasa.Extraction;

/// <summary>How much each block argues for the element around it being the article.</summary>
public static class BlockWeights
{
    /// <param name="fragments">Count short lines without links for the element, as a page of data (a table of
    /// results, a product sheet) has no prose to count.</param>
    public static double[] Compute(BlockDocument doc, MarkupVerdicts? markup, ISet<int>? evidence, int[]? cards = null, int titleBlock = -1,
        bool fragments = false)
    {
        var blocks = doc.Blocks;
        var w = new double[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            var weight = fragments && b.LinkChars == 0 && b.Kind != BlockKind.Heading && !Prose.IsProse(b.Text)
                ? Math.Min(b.Text.Length, 80) * 0.5
                : Weight(b);
            if (evidence is not null && evidence.Contains(i))
            {
                weight = Math.Abs(weight) + b.Text.Length;
            }
            else if ((markup is not null && b.Element >= 0 && markup.Enclosing[b.Element] >= 0) || (cards is not null && cards[i] >= 0))
            {
                // Boxes that markup rules out are left out later anyway; here they only need to pull
                // the choice away a little, or ads between the parts of a split body would split it.
                weight = -Math.Min(Math.Abs(weight), 30) - 3;
            }

            w[i] = weight;
        }

        FavourTextAfterTitle(blocks, w, titleBlock);
        return w;
    }

    /// <summary>
    /// The article starts under its headline: the first stretch of prose after the title block counts
    /// more than prose elsewhere, which keeps lists of other stories' teasers from winning on bulk.
    /// </summary>
    private static void FavourTextAfterTitle(List<Block> blocks, double[] w, int titleBlock)
    {
        if (titleBlock < 0)
        {
            return;
        }

        var budget = 4000.0;
        for (var i = titleBlock + 1; i < blocks.Count && budget > 0; i++)
        {
            if (w[i] > 0)
            {
                budget -= blocks[i].Text.Length;
                w[i] *= 1.5;
            }
        }
    }

    private static double Weight(Block b)
    {
        var len = b.Text.Length;
        var link = b.LinkChars;
        if (b.Kind == BlockKind.Heading)
        {
            return -1 - link * 0.5;
        }

        if (link > len * 0.5)
        {
            return -link * 0.8 - 5;
        }

        if (!Prose.IsProse(b.Text))
        {
            // Cells of a data table and items of a list are short by nature, not boilerplate by nature.
            if (b.Kind is BlockKind.TableCell or BlockKind.ListItem && link == 0)
            {
                return Math.Min(len, 60) * 0.2;
            }

            return len < 40 ? (link == 0 ? -1 : -3 - link) : (len - link) * 0.3 - link - 3;
        }

        return len - 2.0 * link;
    }
}
