using Prasa.Blocks;

namespace Prasa.Extraction;

/// <summary>
/// For every element: whether its own tag, role or class/id words mark it as boilerplate, and which
/// boilerplate element (if any) encloses it. Huge wrappers are exempt: an element holding a large share
/// of the page's text is a layout box, whatever its class says ("page-with-sidebar"), and so is an element
/// around the article's own body (itemprop=articleBody holding prose): a box does not enclose the article.
/// </summary>
public sealed class MarkupVerdicts
{
    public Label?[] Own { get; }

    public string?[] Why { get; }

    /// <summary>Nearest boilerplate element at or above each element, or -1.</summary>
    public int[] Enclosing { get; }

    public MarkupVerdicts(BlockDocument doc, MarkupLexicon lexicon, int[] subtreeChars, int pageChars)
    {
        var n = doc.Elements.Count;
        var prose = ProseUnder(doc, out var pageProse);
        var aroundBody = AroundArticleBody(doc, prose);
        Own = new Label?[n];
        Why = new string?[n];
        Enclosing = new int[n];
        for (var e = 0; e < n; e++)
        {
            var info = doc.Elements[e];
            var verdict = Judge(info, lexicon);
            if (verdict is not null && prose[e] >= 400 && lexicon.Boilerplate(info.ClassId) is { } named && lexicon.IsSoft(named.Word)
                && verdict.Value.Why.Contains(named.Word, StringComparison.Ordinal))
            {
                verdict = null;
            }

            if (verdict is not null && ((subtreeChars[e] > 0.4 * pageChars && pageChars > 500) || aroundBody[e]))
            {
                verdict = null;
            }

            // Sites put the paywall class on the article itself, around the visible preview: a paywall
            // box that holds most of the page's prose, or is also named the article, is the article cut short.
            if (verdict?.Label == Label.Paywall && (prose[e] >= 0.5 * pageProse || lexicon.ContentStrength(info.ClassId) > 0))
            {
                verdict = null;
            }

            if (verdict is { } v)
            {
                Own[e] = v.Label;
                Why[e] = v.Why;
            }

            Enclosing[e] = Own[e] is not null ? e : info.Parent >= 0 ? Enclosing[info.Parent] : -1;
        }
    }

    private static int[] ProseUnder(BlockDocument doc, out int pageProse)
    {
        static int Prose(Block b) => b.Element >= 0 && b.LinkDensity < 0.3 && Extraction.Prose.IsProse(b.Text) ? b.Text.Length : 0;
        var sums = SubtreeSums.Of(doc, Prose);

        // The page's prose is what its top elements hold: Prose counts no block outside an element, and
        // the prose test runs once a block.
        pageProse = 0;
        for (var e = 0; e < sums.Length; e++)
        {
            if (doc.Elements[e].Parent < 0)
            {
                pageProse += sums[e];
            }
        }

        return sums;
    }

    /// <summary>Elements that hold, strictly below them, an element marked as the article body with prose in it.</summary>
    private static bool[] AroundArticleBody(BlockDocument doc, int[] prose)
    {
        int Body(int e) => prose[e] >= 200 && doc.Elements[e].Hints.Contains("articlebody", StringComparison.Ordinal) ? 1 : 0;
        var bodies = SubtreeSums.OfElements(doc, Body);

        // Strictly below: a child's subtree holds one (the sums are never negative), so Body runs once an element.
        var around = new bool[bodies.Length];
        for (var e = 0; e < around.Length; e++)
        {
            if (bodies[e] > 0 && doc.Elements[e].Parent is var parent and >= 0)
            {
                around[parent] = true;
            }
        }

        return around;
    }

    private static (Label Label, string Why)? Judge(ElementInfo info, MarkupLexicon lexicon)
    {
        switch (info.Tag)
        {
            case "html" or "body" or "main":
                return null;
            case "nav":
                return (Label.Navigation, "navigation (nav element)");
            case "footer":
                return (Label.Navigation, "page footer (footer element)");
            case "aside" or "form":
                // The class often says what kind of box it is ("related-posts"); else the tag speaks.
                if (lexicon.Boilerplate(info.ClassId) is { } named)
                {
                    return (named.Label, $"{named.Label.Name()} box (class/id \"{named.Word}\")");
                }

                return (Label.Other, info.Tag == "form" ? "form" : "aside box");
            case "menu":
                return (Label.Navigation, "menu");
        }

        if (info.Hints.Length > 0)
        {
            if (info.Hints.Contains("articlebody", StringComparison.Ordinal))
            {
                return null;
            }

            if (info.Hints.Contains("navigation", StringComparison.Ordinal) || info.Hints.Contains("menu", StringComparison.Ordinal))
            {
                return (Label.Navigation, "navigation (role)");
            }

            if (info.Hints.Contains("contentinfo", StringComparison.Ordinal) || info.Hints.Contains("banner", StringComparison.Ordinal))
            {
                return (Label.Navigation, "page header or footer (role)");
            }

            if (info.Hints.Contains("complementary", StringComparison.Ordinal))
            {
                return (Label.Other, "complementary box (role)");
            }

            if (info.Hints.Contains("comment", StringComparison.Ordinal))
            {
                return (Label.Comment, "comments (markup)");
            }
        }

        if (info.ClassId.Length == 0 || lexicon.ContentStrength(info.ClassId) == 2)
        {
            return null;
        }

        return lexicon.Boilerplate(info.ClassId) is { } b
            ? (b.Label, $"{b.Label.Name()} box (class/id \"{b.Word}\")")
            : null;
    }
}
