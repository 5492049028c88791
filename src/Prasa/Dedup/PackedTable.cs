namespace Prasa.Dedup;

/// <summary>
/// A map from 64-bit hashes to page numbers in two flat arrays (open addressing, linear probing, at most
/// 3/4 full): 12 bytes a slot, about 16–24 bytes an entry, where a Dictionary takes about 28 plus its slack.
/// </summary>
internal sealed class PackedTable
{
    private ulong[] _keys = new ulong[1 << 10];
    private int[] _values = new int[1 << 10];
    private int _count;

    public int Count => _count;

    public long Bytes => _keys.LongLength * (sizeof(ulong) + sizeof(int));

    // Zero marks an empty slot, so the one hash that is zero is stored as one.
    private static ulong Key(ulong hash) => hash == 0 ? 1 : hash;

    public bool TryGet(ulong hash, out int value)
    {
        var key = Key(hash);
        var mask = _keys.Length - 1;
        for (var i = (int)(key & (ulong)mask); ; i = (i + 1) & mask)
        {
            var k = _keys[i];
            if (k == 0)
            {
                value = -1;
                return false;
            }

            if (k == key)
            {
                value = _values[i];
                return true;
            }
        }
    }

    /// <summary>Adds the hash unless it is there already (the first page keeps it).</summary>
    public void TryAdd(ulong hash, int value)
    {
        if ((_count + 1) * 4L > _keys.Length * 3L)
        {
            Grow();
        }

        Insert(Key(hash), value);
    }

    private void Insert(ulong key, int value)
    {
        var mask = _keys.Length - 1;
        for (var i = (int)(key & (ulong)mask); ; i = (i + 1) & mask)
        {
            var k = _keys[i];
            if (k == 0)
            {
                _keys[i] = key;
                _values[i] = value;
                _count++;
                return;
            }

            if (k == key)
            {
                return;
            }
        }
    }

    private void Grow()
    {
        var keys = _keys;
        var values = _values;
        _keys = new ulong[keys.Length * 2];
        _values = new int[keys.Length * 2];
        _count = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] != 0)
            {
                Insert(keys[i], values[i]);
            }
        }
    }
}
