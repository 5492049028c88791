using System.Globalization;
using System.Text;

namespace Prasa.Inputs;

/// <summary>
/// Streams the pages out of a WARC file (plain, or gzip with one member per record): the HTML of
/// response records (with the target URI and the WARC date) and of resource records; every other
/// record is skipped. A damaged or cut-off record becomes one failed item and ends the file.
/// </summary>
public static class WarcReader
{
    public static bool IsWarcName(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        return name.EndsWith(".warc", StringComparison.Ordinal) || name.EndsWith(".warc.gz", StringComparison.Ordinal);
    }

    public static IEnumerable<InputItem> Read(string path, int maxBytes)
    {
        Stream stream;
        try
        {
            stream = Compressed.Open(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [InputItem.Failed(path, $"cannot read: {e.Message}")];
        }

        return Read(stream, path, maxBytes);
    }

    public static IEnumerable<InputItem> Read(Stream stream, string path, int maxBytes)
    {
        using var reader = new ByteReader(stream);
        var file = stream is System.IO.Compression.GZipStream gz ? gz.BaseStream : stream;
        long lastPosition = 0;
        var index = 0;
        while (true)
        {
            WarcRecord? record;
            string? error = null;
            try
            {
                record = ReadRecord(reader, maxBytes, out error);
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                record = null;
                error = $"unreadable WARC data: {e.Message}";
            }

            var position = SafePosition(file);
            var bytes = position - lastPosition;
            lastPosition = position;
            if (record is null)
            {
                if (error is not null)
                {
                    yield return InputItem.Failed($"{path}#{index}", error, bytes);
                }

                yield break;
            }

            index++;
            var source = $"{path}#{record.Id}";
            if (record.Error is not null)
            {
                yield return InputItem.Failed(source, record.Error, bytes);
                continue;
            }

            var page = ToPage(record, source, maxBytes, bytes, out var skip);
            if (skip)
            {
                continue;
            }

            yield return page;
        }
    }

    private static long SafePosition(Stream s)
    {
        try
        {
            return s.CanSeek ? s.Position : 0;
        }
        catch (ObjectDisposedException)
        {
            return 0;
        }
    }

    private sealed class WarcRecord
    {
        public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

        public byte[] Block { get; set; } = [];

        public string? Error { get; set; }

        public string Id => (Headers.GetValueOrDefault("WARC-Record-ID") ?? "?").Trim('<', '>');

        public string Type => Headers.GetValueOrDefault("WARC-Type") ?? "";
    }

    private static WarcRecord? ReadRecord(ByteReader reader, int maxBytes, out string? error)
    {
        error = null;
        byte[]? line;
        do
        {
            line = reader.ReadLine();
            if (line is null)
            {
                return null;
            }
        }
        while (line.Length == 0);

        if (!line.AsSpan().StartsWith("WARC/"u8))
        {
            error = "not a WARC record (no WARC/ version line)";
            return null;
        }

        var record = new WarcRecord();
        while (true)
        {
            line = reader.ReadLine();
            if (line is null)
            {
                error = "truncated WARC record (headers cut off)";
                return null;
            }

            if (line.Length == 0)
            {
                break;
            }

            var text = Encoding.UTF8.GetString(line);
            var colon = text.IndexOf(':');
            if (colon > 0)
            {
                record.Headers.TryAdd(text[..colon].Trim(), text[(colon + 1)..].Trim());
            }
        }

        if (!long.TryParse(record.Headers.GetValueOrDefault("Content-Length"), NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length < 0)
        {
            error = "WARC record without a valid Content-Length";
            return null;
        }

        if (!IsWanted(record))
        {
            if (reader.Skip(length) < length)
            {
                error = $"truncated WARC record {record.Id}";
                return null;
            }

            record.Block = [];
            return record;
        }

        if (length > maxBytes)
        {
            if (reader.Skip(length) < length)
            {
                error = $"truncated WARC record {record.Id}";
                return null;
            }

            record.Error = $"record of {length / (1024.0 * 1024):F1} MB is over the {maxBytes / (1024 * 1024)} MB limit";
            return record;
        }

        var block = new byte[length];
        var got = reader.Read(block);
        if (got < length)
        {
            // The last record of a cut-off file: report it, there is nothing after it to read.
            error = $"truncated WARC record {record.Id}: {got} of {length} bytes";
            return null;
        }

        record.Block = block;
        return record;
    }

    private static bool IsWanted(WarcRecord r) => r.Type is "response" or "resource";

    private static InputItem ToPage(WarcRecord record, string source, int maxBytes, long bytes, out bool skip)
    {
        skip = true;
        if (!IsWanted(record))
        {
            return null!;
        }

        var url = record.Headers.GetValueOrDefault("WARC-Target-URI")?.Trim('<', '>');
        DateTimeOffset? date = DateTimeOffset.TryParse(record.Headers.GetValueOrDefault("WARC-Date"), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out var d) ? d : null;
        var recordType = record.Headers.GetValueOrDefault("Content-Type") ?? "";
        if (record.Type == "response" && recordType.StartsWith("application/http", StringComparison.OrdinalIgnoreCase))
        {
            HttpMessage http;
            try
            {
                http = HttpMessage.Parse(record.Block, maxBytes);
            }
            catch (ExtractionException e)
            {
                skip = false;
                return InputItem.Failed(source, e.Message, bytes);
            }

            if (http.Status is < 200 or >= 300 || !IsPageType(http.ContentType))
            {
                return null!;
            }

            skip = false;
            var page = new PageInput { Source = source, Bytes = http.Body, Url = url, FetchTime = date, DeclaredCharset = http.Charset };
            return new InputItem(source, () => page) { Bytes = bytes };
        }

        if (record.Type == "resource" && IsPageType(recordType))
        {
            skip = false;
            var page = new PageInput { Source = source, Bytes = record.Block, Url = url, FetchTime = date, DeclaredCharset = HttpMessage.CharsetOf(recordType) };
            return new InputItem(source, () => page) { Bytes = bytes };
        }

        return null!;
    }

    /// <summary>HTML, or no type at all (the content decides); images, scripts and styles are not pages.</summary>
    private static bool IsPageType(string? contentType) =>
        string.IsNullOrWhiteSpace(contentType)
        || contentType.Contains("html", StringComparison.OrdinalIgnoreCase)
        || contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase);
}
