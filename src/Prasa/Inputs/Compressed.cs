using System.IO.Compression;

namespace Prasa.Inputs;

/// <summary>Gzip files: told by their magic bytes, read member after member.</summary>
public static class Compressed
{
    public static bool IsGzip(string path)
    {
        try
        {
            using var f = File.OpenRead(path);
            Span<byte> magic = stackalloc byte[2];
            return f.Read(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The file's bytes, decompressed when it is gzip (every member of a multi-member file).</summary>
    public static Stream Open(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        Span<byte> magic = stackalloc byte[2];
        var n = file.Read(magic);
        file.Position = 0;
        return n == 2 && magic[0] == 0x1f && magic[1] == 0x8b ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    public static byte[] ReadAll(Stream stream, int maxBytes)
    {
        using var ms = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = stream.Read(buffer)) > 0)
        {
            if (ms.Length + n > maxBytes)
            {
                throw new ExtractionException($"input is over the {maxBytes / (1024 * 1024)} MB limit");
            }

            ms.Write(buffer, 0, n);
        }

        return ms.ToArray();
    }
}
