using System.Buffers.Binary;

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
/// the source of the first copy it duplicates: a stored page that shares an LSH band with it and agrees
/// on at least <see cref="TextSignature.MinAgreeing"/> sketch bytes (the earliest such page when several do).
/// Only first copies are stored, and of each only its 24-byte sketch and one 4-byte slot per band in a
/// flat open-addressing table (at most 80% full, grown by half): about 24 + 6 × 4 / 0.66 ≈ 60 bytes a
/// page, whatever the text's length; the sources go to a <see cref="SourceLog"/> on disk and are read
/// back only for a duplicate. Deterministic for a given page order. Not thread-safe: the pipeline calls
/// it from its single writer, in input order.
/// </summary>
public sealed class DuplicateIndex : IDisposable
{
    private const int ChunkBits = 16;
    private const int MaxLoadPercent = 80;

    private readonly List<byte[]> _sketches = [];
    private readonly SourceLog _sources = new();

    // Each slot holds page × Bands + band + 1 (0: empty); its key is that band of the page's sketch.
    private int[] _slots = new int[1024];
    private int _used;

    public int Pages { get; private set; }

    /// <summary>Bytes the index holds in memory (sketches, table, the source log's block offsets).</summary>
    public long Bytes => (_sketches.Count * (long)(TextSignature.Size << ChunkBits)) + (_slots.LongLength * sizeof(int)) + _sources.MemoryBytes;

    /// <summary>The first copy's source when this page duplicates one; otherwise records the page and returns null.</summary>
    public string? Check(TextSignature signature, string source)
    {
        var first = -1;
        for (var band = 0; band < TextSignature.Bands; band++)
        {
            var key = signature.BandKey(band);
            for (var i = Slot(key, band); _slots[i] != 0; i = i + 1 == _slots.Length ? 0 : i + 1)
            {
                var entry = _slots[i] - 1;
                var page = entry / TextSignature.Bands;
                if (entry % TextSignature.Bands == band && (first < 0 || page < first) && Key(page, band) == key
                    && Agreeing(Sketch(page), signature.Sketch) >= TextSignature.MinAgreeing)
                {
                    first = page;
                }
            }
        }

        if (first >= 0)
        {
            return _sources.Read(first);
        }

        Add(signature, source);
        return null;
    }

    private void Add(TextSignature signature, string source)
    {
        var page = Pages++;
        if ((page >> ChunkBits) == _sketches.Count)
        {
            _sketches.Add(new byte[TextSignature.Size << ChunkBits]);
        }

        signature.Sketch.CopyTo(Sketch(page));
        _sources.Add(source);
        if ((_used + TextSignature.Bands) * 100L > _slots.LongLength * MaxLoadPercent)
        {
            Grow();
        }

        for (var band = 0; band < TextSignature.Bands; band++)
        {
            Insert((page * TextSignature.Bands) + band + 1);
        }
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new int[old.Length + (old.Length / 2)];
        _used = 0;
        foreach (var entry in old)
        {
            if (entry != 0)
            {
                Insert(entry);
            }
        }
    }

    private void Insert(int slotValue)
    {
        var entry = slotValue - 1;
        var band = entry % TextSignature.Bands;
        var i = Slot(Key(entry / TextSignature.Bands, band), band);
        while (_slots[i] != 0)
        {
            i = i + 1 == _slots.Length ? 0 : i + 1;
        }

        _slots[i] = slotValue;
        _used++;
    }

    private int Slot(uint key, int band)
    {
        // Multiplicative hashing, then the high bits mapped onto the table (its size is no power of two).
        var h = (key ^ ((uint)(band + 1) * 0x85EBCA6Bu)) * 0x9E3779B1u;
        h ^= h >> 16;
        h *= 0x9E3779B1u;
        return (int)(((ulong)h * (ulong)_slots.Length) >> 32);
    }

    private Span<byte> Sketch(int page) =>
        _sketches[page >> ChunkBits].AsSpan((page & ((1 << ChunkBits) - 1)) * TextSignature.Size, TextSignature.Size);

    private uint Key(int page, int band) => BinaryPrimitives.ReadUInt32LittleEndian(Sketch(page)[(band * TextSignature.Rows)..]);

    private static int Agreeing(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        var n = 0;
        for (var k = 0; k < a.Length; k++)
        {
            if (a[k] == b[k])
            {
                n++;
            }
        }

        return n;
    }

    public void Dispose() => _sources.Dispose();
}
