namespace Prasa.Inputs;

/// <summary>
/// Expands the paths a user gives into pages: files, folders (recursed, sorted), "-" for standard input,
/// gzip files transparently, WARC archives and JSONL dumps record by record. Lazy: a corpus streams
/// through without being listed in memory beyond one folder's file names.
/// </summary>
public static class FileInputs
{
    public static IEnumerable<InputItem> Expand(IEnumerable<string> paths, int maxBytes, Func<Stream>? stdin = null, JsonlFields? fields = null)
    {
        fields ??= JsonlFields.Default;
        foreach (var path in paths)
        {
            if (path == "-")
            {
                yield return new InputItem("-", () => new PageInput { Source = "-", Bytes = Compressed.ReadAll(stdin?.Invoke() ?? Console.OpenStandardInput(), maxBytes) });
            }
            else if (Directory.Exists(path))
            {
                // Sorted so that a run over a folder gives the same output order on every machine.
                var files = Directory.EnumerateFiles(path, "*", new EnumerationOptions
                {
                    RecurseSubdirectories = true,
                    IgnoreInaccessible = true,
                    AttributesToSkip = System.IO.FileAttributes.Hidden,
                }).Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    foreach (var item in FromPath(file, maxBytes, fields))
                    {
                        yield return item;
                    }
                }
            }
            else
            {
                foreach (var item in FromPath(path, maxBytes, fields))
                {
                    yield return item;
                }
            }
        }
    }

    /// <summary>The input bytes of these paths (file sizes), for a progress estimate; folders are summed.</summary>
    public static long TotalBytes(IEnumerable<string> paths)
    {
        long total = 0;
        foreach (var path in paths)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    foreach (var f in new DirectoryInfo(path).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = System.IO.FileAttributes.Hidden }))
                    {
                        total += f.Length;
                    }
                }
                else if (File.Exists(path))
                {
                    total += new FileInfo(path).Length;
                }
                else
                {
                    return 0;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return 0;
            }
        }

        return total;
    }

    private static IEnumerable<InputItem> FromPath(string path, int maxBytes, JsonlFields fields)
    {
        if (WarcReader.IsWarcName(path))
        {
            return WarcReader.Read(path, maxBytes);
        }

        if (JsonlReader.IsJsonlName(path))
        {
            return JsonlReader.Read(path, fields, maxBytes);
        }

        return [FromFile(path, maxBytes)];
    }

    public static InputItem FromFile(string path, int maxBytes)
    {
        long size = 0;
        try
        {
            size = new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
        }

        return new InputItem(path, () => Load(path, maxBytes)) { Bytes = size };
    }

    private static PageInput Load(string path, int maxBytes)
    {
        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new ExtractionException("no such file");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ExtractionException($"cannot read: {e.Message}");
        }

        if (info.Length > maxBytes)
        {
            throw new ExtractionException($"input of {info.Length / (1024.0 * 1024):F1} MB is over the {maxBytes / (1024 * 1024)} MB limit");
        }

        try
        {
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length > 2 && bytes[0] == 0x1f && bytes[1] == 0x8b)
            {
                using var gz = new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress);
                bytes = Compressed.ReadAll(gz, maxBytes);
            }

            return new PageInput { Source = path, Bytes = bytes };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new ExtractionException($"cannot read: {e.Message}");
        }
    }
}
