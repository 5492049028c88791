namespace Prasa.Inputs;

/// <summary>Buffered reading of lines and exact byte counts from a stream, for the record formats (WARC, HTTP).</summary>
internal sealed class ByteReader(Stream stream) : IDisposable
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    /// <summary>Bytes taken from the underlying stream so far (for progress on compressed files, use the file's position).</summary>
    public Stream BaseStream => stream;

    private bool Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            return true;
        }

        var n = stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += n;
        return n > 0;
    }

    /// <summary>A line without its CR LF (or LF); null at the end of the stream. Lines longer than the limit are cut.</summary>
    public byte[]? ReadLine(int limit = 64 * 1024)
    {
        using var line = new MemoryStream();
        while (true)
        {
            if (_start == _end && !Fill())
            {
                return line.Length == 0 ? null : line.ToArray();
            }

            var span = _buffer.AsSpan(_start, _end - _start);
            var lf = span.IndexOf((byte)'\n');
            if (lf >= 0)
            {
                if (line.Length < limit)
                {
                    line.Write(span[..lf]);
                }

                _start += lf + 1;
                var bytes = line.ToArray();
                return bytes.Length > 0 && bytes[^1] == '\r' ? bytes[..^1] : bytes;
            }

            if (line.Length < limit)
            {
                line.Write(span);
            }

            _start = _end;
        }
    }

    /// <summary>Reads up to <paramref name="count"/> bytes; fewer only at the end of the stream.</summary>
    public int Read(Span<byte> into)
    {
        var done = 0;
        while (done < into.Length)
        {
            if (_start == _end && !Fill())
            {
                break;
            }

            var n = Math.Min(into.Length - done, _end - _start);
            _buffer.AsSpan(_start, n).CopyTo(into[done..]);
            _start += n;
            done += n;
        }

        return done;
    }

    /// <summary>Skips up to <paramref name="count"/> bytes; returns how many were there.</summary>
    public long Skip(long count)
    {
        long done = 0;
        while (done < count)
        {
            if (_start == _end && !Fill())
            {
                break;
            }

            var n = (int)Math.Min(count - done, _end - _start);
            _start += n;
            done += n;
        }

        return done;
    }

    public void Dispose() => stream.Dispose();
}
