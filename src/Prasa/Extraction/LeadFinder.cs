using Prasa.Blocks;

namespace Prasa.Extraction;

/// <summary>
/// The standfirst: a sentence or two between the headline and the body, often outside the body's
/// container, or the body's first paragraph when the page's description repeats it.
/// </summary>
public static class LeadFinder
{
    public static void Mark(BlockDocument doc, string? description)
    {
        var blocks = doc.Blocks;
        var title = blocks.FindIndex(b => b.Label == Label.Title);
        var firstBody = blocks.FindIndex(b => b.Label == Label.Body);
        if (firstBody < 0)
        {
            return;
        }

        var folded = description is null ? null : TextNormal.Fold(description);
        if (title >= 0 && title < firstBody)
        {
            for (var i = title + 1; i < firstBody; i++)
            {
                var b = blocks[i];
                // The standfirst is the one stretch of prose between headline and body (share buttons and
                // datelines may stand around it); with several, the page's description must point to it.
                if (b.Label == Label.Other && b.Reason == OutsideReason && IsLeadLike(b) && !InMedia(doc, b)
                    && (folded is null || Matches(b, folded) || !AnyLeadLike(doc, blocks, i + 1, firstBody)))
                {
                    b.Mark(Label.Lead);
                    return;
                }
            }
        }

        if ((folded is not null && Matches(blocks[firstBody], folded)) || NamedLead(doc, blocks[firstBody]))
        {
            blocks[firstBody].Mark(Label.Lead);
        }
    }

    private static readonly string[] LeadWords = ["lead", "standfirst", "intro", "summary", "dek", "excerpt", "abstract", "zajawka", "wstep", "vorspann"];

    // The first paragraph in a box the page itself calls the lead ("article-lead", "standfirst").
    private static bool NamedLead(BlockDocument doc, Block b)
    {
        if (!IsLeadLike(b))
        {
            return false;
        }

        var e = b.Element;
        for (var up = 0; up < 2 && e >= 0; up++, e = doc.Elements[e].Parent)
        {
            var classId = doc.Elements[e].ClassId;
            foreach (var word in classId.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (LeadWords.Contains(word))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool AnyLeadLike(BlockDocument doc, List<Block> blocks, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (IsLeadLike(blocks[i]) && !InMedia(doc, blocks[i]))
            {
                return true;
            }
        }

        return false;
    }

    public const string OutsideReason = "outside the article";

    private static bool IsLeadLike(Block b) =>
        b.Text.Length is >= 50 and <= 600 && b.LinkDensity < 0.3 && b.Kind is not BlockKind.Caption
        && Prose.Words(b.Text) >= 8;

    private static readonly string[] MediaWords = ["caption", "credit", "photo", "image", "img", "media", "picture", "figure", "gallery", "video"];

    // A caption kept outside any figure element still sits in a box named for the picture.
    private static bool InMedia(BlockDocument doc, Block b)
    {
        var e = b.Element;
        for (var up = 0; up < 4 && e >= 0; up++, e = doc.Elements[e].Parent)
        {
            var classId = doc.Elements[e].ClassId;
            if (MediaWords.Any(w => classId.Contains(w, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(Block b, string description)
    {
        var text = TextNormal.Fold(b.Text);
        return text.Length >= 30 && (text == description || description.StartsWith(text, StringComparison.Ordinal)
            || text.StartsWith(description.TrimEnd(), StringComparison.Ordinal));
    }
}
