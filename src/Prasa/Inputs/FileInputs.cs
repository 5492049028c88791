namespace Prasa.Inputs;

/// <summary>Expands the paths a user gives (files, folders recursed, "-" for standard input) into pages.</summary>
public static class FileInputs
{
    public static IEnumerable<InputItem> Expand(IEnumerable<string> paths, int maxBytes, Func<Stream>? stdin = null)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                yield return new InputItem("-", () => new PageInput { Source = "-", Bytes = ReadAll(stdin?.Invoke() ?? Console.OpenStandardInput(), maxBytes) });
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
                    yield return FromFile(file, maxBytes);
                }
            }
            else
            {
                yield return FromFile(path, maxBytes);
            }
        }
    }

    public static InputItem FromFile(string path, int maxBytes) => new(path, () =>
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
            return new PageInput { Source = path, Bytes = File.ReadAllBytes(path) };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ExtractionException($"cannot read: {e.Message}");
        }
    });

    private static byte[] ReadAll(Stream stream, int maxBytes)
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
