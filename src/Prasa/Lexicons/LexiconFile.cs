using System.Reflection;

namespace Prasa.Lexicons;

/// <summary>Reads the tab-separated data files embedded from the Lexicons folder.</summary>
internal static class LexiconFile
{
    public static IEnumerable<(string Key, string Value)> Read(string name)
    {
        var asm = typeof(LexiconFile).Assembly;
        using var stream = asm.GetManifestResourceStream("Prasa.Lexicons." + name)
            ?? throw new InvalidOperationException($"lexicon {name} is not embedded");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            if (tab > 0)
            {
                yield return (line[..tab].Trim(), line[(tab + 1)..].Trim());
            }
        }
    }
}
