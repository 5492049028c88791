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

        // Section labels and stray words above the text ("Krótko", "Opinion"); a recipe's "125 g" is no stray word.
        for (var i = 0; i < first; i++)
        {
            var b = blocks[i];
            if (b.Label == Label.Body && Prose.Words(b.Text) <= 3 && Prose.SentenceEnds(b.Text) == 0 && b.Reason != RecipeIngredients.Reason)
            {
                b.Mark(Label.Other, "fragment before the article text");
            }
        }

        DropEmptyHeadings(blocks);
        DropTrailingIslands(blocks);
        DropClosingNote(blocks);
        DropClosingPromotion(blocks);
        var lastContent = blocks.FindLastIndex(b => b.Label.IsContent());
        if (lastContent > last && Metadata.CreditLine.IsInitials(blocks[lastContent].Text))
        {
            blocks[lastContent].Mark(Label.Credit, "editor's initials");
        }

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

    /// <summary>
    /// One or two short paragraphs set apart after the article (an author's bio under a link to the
    /// author, a subscription plea, a disclaimer) are notes about the article, not part of it.
    /// </summary>
    private static void DropClosingNote(List<Block> blocks)
    {
        var content = new List<int>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Label.IsContent())
            {
                content.Add(i);
            }
        }

        if (content.Count < 4)
        {
            return;
        }

        var total = content.Sum(i => blocks[i].Text.Length);
        for (var take = 1; take <= 2; take++)
        {
            var first = content[^take];
            var previous = content[^(take + 1)];
            var note = 0;
            for (var k = 1; k <= take; k++)
            {
                note += blocks[content[^k]].Text.Length;
            }

            if (note > 0.1 * total || blocks[first].Kind == BlockKind.Heading)
            {
                return;
            }

            if (Separated(blocks, previous, first))
            {
                for (var k = 1; k <= take; k++)
                {
                    blocks[content[^k]].Mark(Label.Other, "note after the article (author bio, plea or disclaimer)");
                }

                return;
            }
        }
    }

    private static readonly string[] PromoStems = Lexicons.LexiconFile.Read("promo.txt").Select(r => r.Value.ToLowerInvariant()).Distinct().ToArray();

    /// <summary>The site's own plea closing the text: "Zapraszamy do subskrypcji…", "Subscribe to our newsletter…".</summary>
    private static void DropClosingPromotion(List<Block> blocks)
    {
        var seen = 0;
        for (var i = blocks.Count - 1; i >= 0 && seen < 2; i--)
        {
            var b = blocks[i];
            if (!b.Label.IsContent())
            {
                continue;
            }

            seen++;
            if (b.Kind != BlockKind.Heading && b.Text.Length < 400 && HasPromoStem(b.Text))
            {
                b.Mark(Label.Other, "the site's promotion after the article");
            }
        }
    }

    private static bool HasPromoStem(string text)
    {
        var lower = text.ToLowerInvariant();
        foreach (var stem in PromoStems)
        {
            var at = lower.IndexOf(stem, StringComparison.Ordinal);
            if (at == 0 || (at > 0 && !char.IsLetter(lower[at - 1])))
            {
                return true;
            }
        }

        return false;
    }

    // Set apart by a box or a link, not by an ad or a picture, which stand inside articles.
    private static bool Separated(List<Block> blocks, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (blocks[i].Label is Label.Recommendation or Label.Tags or Label.Comment or Label.Author
                || (blocks[i].Label == Label.Navigation && blocks[i].LinkDensity > 0.9 && blocks[i].Text.Length < 40 && i == to - 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A heading with no text of its own under it ("Related", "Kommende Events") titled what was removed.</summary>
    private static void DropEmptyHeadings(List<Block> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var h = blocks[i];
            if (h.Label != Label.Heading || h.Kind != BlockKind.Heading)
            {
                continue;
            }

            var hasText = false;
            var removed = 0;
            for (var j = i + 1; j < blocks.Count; j++)
            {
                var b = blocks[j];
                if (b.Kind == BlockKind.Heading && b.HeadingLevel <= h.HeadingLevel && b.Label is Label.Heading or Label.Title)
                {
                    break;
                }

                if (b.Label.IsContent() && b.Kind != BlockKind.Heading)
                {
                    hasText = true;
                    break;
                }

                if (!b.Label.IsContent() && b.Label is not Label.Caption and not Label.Credit and not Label.Ad)
                {
                    removed++;
                }
            }

            if (!hasText && removed > 0)
            {
                h.Mark(Label.Other, "heading over removed blocks only");
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
