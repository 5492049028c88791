using Prasa.Blocks;

namespace Prasa.Extraction;

/// <summary>Blocks whose text the page's JSON-LD articleBody repeats: strong evidence that they are the article.</summary>
public static class JsonLdEvidence
{
    public static HashSet<int> Matching(BlockDocument doc, string? articleBody)
    {
        var found = new HashSet<int>();
        if (articleBody is null || articleBody.Length < 200)
        {
            return found;
        }

        var body = TextNormal.Fold(articleBody);
        for (var i = 0; i < doc.Blocks.Count; i++)
        {
            var text = doc.Blocks[i].Text;
            if (text.Length < 40)
            {
                continue;
            }

            var folded = TextNormal.Fold(text);
            if (folded.Length >= 30 && body.Contains(folded, StringComparison.Ordinal))
            {
                found.Add(i);
            }
        }

        // One or two chance matches (a standfirst, a caption) are no evidence of where the body is.
        return found.Count >= 3 ? found : [];
    }
}
