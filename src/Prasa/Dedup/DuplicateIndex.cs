namespace Prasa.Dedup;

/// <summary>What to do with duplicates: keep them all, mark them with the first copy's source, or leave them out.</summary>
public enum DedupMode
{
    Off,
    Mark,
    Drop,
}

/// <summary>
/// Remembers the pages seen so far by their <see cref="TextSignature"/> and tells, for each new page,
/// the source of the first copy it duplicates (exactly, or as a near copy: one shared LSH band).
/// Only first copies are stored: per page one exact hash, <see cref="TextSignature.Bands"/> band keys
/// and the source's UTF-8 bytes. Deterministic for a given page order. Not thread-safe: the pipeline
/// calls it from its single, ordered writer.
/// </summary>
public sealed class DuplicateIndex
{
    private readonly Dictionary<ulong, int> _exact = [];
    private readonly Dictionary<ulong, int> _bands = [];
    private readonly List<string> _sources = [];

    public int Pages => _sources.Count;

    /// <summary>The first copy's source when this page duplicates one; otherwise records the page and returns null.</summary>
    public string? Check(TextSignature signature, string source)
    {
        if (_exact.TryGetValue(signature.Exact, out var first))
        {
            return _sources[first];
        }

        foreach (var key in signature.BandKeys)
        {
            if (_bands.TryGetValue(key, out first))
            {
                return _sources[first];
            }
        }

        var id = _sources.Count;
        _sources.Add(source);
        _exact[signature.Exact] = id;
        foreach (var key in signature.BandKeys)
        {
            _bands.TryAdd(key, id);
        }

        return null;
    }
}
