namespace Prasa.Extraction;

/// <summary>Recognises blocks that hold nothing but the names of the page's authors ("Birgit Baumann Anna Fink").</summary>
public static class AuthorNames
{
    public static string[] Folded(IReadOnlyList<string>? names) =>
        names is null ? [] : names.Select(TextNormal.Fold).Where(n => n.Length >= 5 && n.Contains(' ', StringComparison.Ordinal)).Distinct().ToArray();

    public static bool IsOnlyNames(string text, string[] folded)
    {
        if (folded.Length == 0 || text.Length > 150)
        {
            return false;
        }

        var rest = TextNormal.Fold(text);
        var found = false;
        foreach (var name in folded)
        {
            if (rest.Contains(name, StringComparison.Ordinal))
            {
                rest = rest.Replace(name, " ", StringComparison.Ordinal);
                found = true;
            }
        }

        // What is left may be joining words and a role ("und", "von", "Redakteurin"), not a sentence.
        return found && Prose.Words(rest) <= 3;
    }
}
