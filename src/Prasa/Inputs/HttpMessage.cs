using System.IO.Compression;
using System.Text;

namespace Prasa.Inputs;

/// <summary>An HTTP response as a WARC record stores it: status line, headers, then the body as sent.</summary>
public sealed class HttpMessage
{
    public int Status { get; init; }

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public byte[] Body { get; init; } = [];

    public string? ContentType => Headers.GetValueOrDefault("Content-Type");

    /// <summary>The charset parameter of Content-Type, when there is one.</summary>
    public string? Charset => CharsetOf(ContentType);

    public static string? CharsetOf(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        foreach (var part in contentType.Split(';'))
        {
            var p = part.Trim();
            if (p.StartsWith("charset=", StringComparison.OrdinalIgnoreCase))
            {
                return p[8..].Trim().Trim('"', '\'');
            }
        }

        return null;
    }

    /// <summary>Parses a response; the body is de-chunked and, for gzip, deflate or br, decompressed (up to <paramref name="maxBytes"/>).</summary>
    public static HttpMessage Parse(byte[] block, int maxBytes)
    {
        var span = block.AsSpan();
        var end = span.IndexOf("\r\n\r\n"u8);
        var sepLength = 4;
        if (end < 0)
        {
            end = span.IndexOf("\n\n"u8);
            sepLength = 2;
        }

        if (end < 0)
        {
            throw new ExtractionException("HTTP response without a blank line after its headers");
        }

        var head = Encoding.Latin1.GetString(span[..end]).Split('\n');
        var status = 0;
        var statusParts = head[0].Trim().Split(' ', 3);
        if (statusParts.Length >= 2)
        {
            int.TryParse(statusParts[1], out status);
        }

        var message = new HttpMessage { Status = status, Body = Decode(span[(end + sepLength)..].ToArray(), head, maxBytes) };
        foreach (var line in head.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                message.Headers.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
            }
        }

        return message;
    }

    private static byte[] Decode(byte[] body, string[] head, int maxBytes)
    {
        string? transfer = null, encoding = null;
        foreach (var line in head.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var name = line[..colon].Trim();
            if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                transfer = line[(colon + 1)..].Trim();
            }
            else if (name.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                encoding = line[(colon + 1)..].Trim();
            }
        }

        if (transfer is not null && transfer.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Dechunk(body);
        }

        Stream? decompressor = encoding?.ToLowerInvariant() switch
        {
            "gzip" or "x-gzip" => new GZipStream(new MemoryStream(body), CompressionMode.Decompress),
            "deflate" => new ZLibStream(new MemoryStream(body), CompressionMode.Decompress),
            "br" => new BrotliStream(new MemoryStream(body), CompressionMode.Decompress),
            _ => null,
        };
        if (decompressor is null)
        {
            return body;
        }

        using (decompressor)
        {
            try
            {
                return Compressed.ReadAll(decompressor, maxBytes);
            }
            catch (InvalidDataException)
            {
                // Many crawlers store the body already decoded but keep the header.
                return body;
            }
        }
    }

    /// <summary>Joins the chunks of a chunked body; a body that is not well-formed chunks is returned as it is.</summary>
    public static byte[] Dechunk(byte[] body)
    {
        using var output = new MemoryStream(body.Length);
        var i = 0;
        while (i < body.Length)
        {
            var lf = Array.IndexOf(body, (byte)'\n', i);
            if (lf < 0)
            {
                return body;
            }

            var sizeText = Encoding.ASCII.GetString(body, i, lf - i).Trim();
            var semi = sizeText.IndexOf(';');
            if (semi >= 0)
            {
                sizeText = sizeText[..semi];
            }

            if (!int.TryParse(sizeText, System.Globalization.NumberStyles.HexNumber, null, out var size) || size < 0)
            {
                return body;
            }

            if (size == 0)
            {
                break;
            }

            var start = lf + 1;
            var n = Math.Min(size, body.Length - start);
            output.Write(body, start, n);
            i = start + n;
            while (i < body.Length && (body[i] == '\r' || body[i] == '\n'))
            {
                i++;
            }
        }

        return output.ToArray();
    }
}
