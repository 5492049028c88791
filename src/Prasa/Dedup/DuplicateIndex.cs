using System.Text;

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
/// Only first copies are stored: one exact hash and <see cref="TextSignature.Bands"/> band keys in packed
/// tables, and the source as UTF-8 — about 17 × 16–24 bytes plus the source's length a page.
/// Deterministic for a given page order. Not thread-safe: the pipeline calls it from its single, ordered writer.
/// </summary>
public sealed class DuplicateIndex
{
    private const int ChunkSize = 1 << 20;

    private readonly PackedTable _exact = new();
    private readonly PackedTable _bands = new();
    private readonly List<byte[]> _chunks = [];
    private readonly List<long> _starts = [];
    private int _used = ChunkSize;

    public int Pages => _starts.Count;

    /// <summary>Bytes the index holds (tables and sources), for the memory figure.</summary>
    public long Bytes => _exact.Bytes + _bands.Bytes + (_chunks.Count * (long)ChunkSize) + (_starts.Capacity * sizeof(long));

    /// <summary>The first copy's source when this page duplicates one; otherwise records the page and returns null.</summary>
    public string? Check(TextSignature signature, string source)
    {
        if (_exact.TryGet(signature.Exact, out var first))
        {
            return Source(first);
        }

        foreach (var key in signature.BandKeys)
        {
            if (_bands.TryGet(key, out first))
            {
                return Source(first);
            }
        }

        var id = _starts.Count;
        Store(source);
        _exact.TryAdd(signature.Exact, id);
        foreach (var key in signature.BandKeys)
        {
            _bands.TryAdd(key, id);
        }

        return null;
    }

    private void Store(string source)
    {
        var bytes = Encoding.UTF8.GetBytes(source);
        var length = Math.Min(bytes.Length, ushort.MaxValue);
        if (_used + length + 2 > ChunkSize)
        {
            _chunks.Add(new byte[ChunkSize]);
            _used = 0;
        }

        var chunk = _chunks[^1];
        chunk[_used] = (byte)(length >> 8);
        chunk[_used + 1] = (byte)length;
        bytes.AsSpan(0, length).CopyTo(chunk.AsSpan(_used + 2));
        _starts.Add(((long)(_chunks.Count - 1) * ChunkSize) + _used);
        _used += length + 2;
    }

    private string Source(int id)
    {
        var start = _starts[id];
        var chunk = _chunks[(int)(start / ChunkSize)];
        var at = (int)(start % ChunkSize);
        var length = (chunk[at] << 8) | chunk[at + 1];
        return Encoding.UTF8.GetString(chunk, at + 2, length);
    }
}
