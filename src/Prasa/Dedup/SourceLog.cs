using System.Text;

namespace Prasa.Dedup;

/// <summary>
/// The sources of the pages the duplicate index stores, appended to a temporary file (deleted when the
/// log is disposed; in memory when no temporary file can be made) and read back only for a duplicate.
/// In memory it keeps one file offset per <see cref="PerBlock"/> sources: an eighth of a byte a page.
/// </summary>
internal sealed class SourceLog : IDisposable
{
    private const int PerBlock = 64;

    private readonly Stream _store;
    private readonly List<long> _blocks = [];
    private int _count;
    private long _length;

    public SourceLog()
    {
        try
        {
            _store = new FileStream(Path.Combine(Path.GetTempPath(), $"prasa-sources-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew,
                FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _store = new MemoryStream();
        }
    }

    public long MemoryBytes => _blocks.Capacity * sizeof(long);

    public void Add(string source)
    {
        if (_count % PerBlock == 0)
        {
            _blocks.Add(_length);
        }

        var bytes = Encoding.UTF8.GetBytes(source);
        Span<byte> prefix = stackalloc byte[5];
        var n = 0;
        for (var v = (uint)bytes.Length; ; v >>= 7)
        {
            prefix[n++] = (byte)(v < 0x80 ? v : (v & 0x7F) | 0x80);
            if (v < 0x80)
            {
                break;
            }
        }

        _store.Position = _length;
        _store.Write(prefix[..n]);
        _store.Write(bytes);
        _length += n + bytes.Length;
        _count++;
    }

    public string Read(int id)
    {
        _store.Position = _blocks[id / PerBlock];
        for (var skip = id % PerBlock; ; skip--)
        {
            var length = ReadLength();
            if (skip == 0)
            {
                var bytes = new byte[length];
                _store.ReadExactly(bytes);
                return Encoding.UTF8.GetString(bytes);
            }

            _store.Seek(length, SeekOrigin.Current);
        }
    }

    private int ReadLength()
    {
        var length = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = _store.ReadByte();
            if (b < 0)
            {
                throw new EndOfStreamException("the source log is shorter than its index");
            }

            length |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return length;
            }
        }
    }

    public void Dispose() => _store.Dispose();
}
