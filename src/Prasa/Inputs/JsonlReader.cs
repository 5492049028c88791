using System.Text;
using System.Text.Json;

namespace Prasa.Inputs;

/// <summary>Which fields of a JSONL line hold the page.</summary>
public sealed record JsonlFields(string Html = "html", string Text = "text", string Url = "url")
{
    public static JsonlFields Default { get; } = new();
}

/// <summary>
/// Streams pages out of a JSONL file (one JSON object a line, plain or gzip): the HTML field when the
/// line has one, else the text field as a text dump. A line that is not JSON, or has neither field,
/// becomes a failed item; the source is the path and the line number.
/// </summary>
public static class JsonlReader
{
    public static bool IsJsonlName(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".gz", StringComparison.Ordinal))
        {
            name = name[..^3];
        }

        return name.EndsWith(".jsonl", StringComparison.Ordinal) || name.EndsWith(".ndjson", StringComparison.Ordinal);
    }

    public static IEnumerable<InputItem> Read(string path, JsonlFields fields, int maxBytes)
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

        return Read(stream, path, fields, maxBytes);
    }

    public static IEnumerable<InputItem> Read(Stream stream, string path, JsonlFields fields, int maxBytes)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, true, 1 << 16);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var source = $"{path}:{number}";
            yield return Parse(line, source, fields, maxBytes);
        }
    }

    private static InputItem Parse(string line, string source, JsonlFields fields, int maxBytes)
    {
        var bytes = Encoding.UTF8.GetByteCount(line) + 1;
        if (bytes > maxBytes)
        {
            return InputItem.Failed(source, $"line of {bytes / (1024.0 * 1024):F1} MB is over the {maxBytes / (1024 * 1024)} MB limit", bytes);
        }

        try
        {
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return InputItem.Failed(source, "line is not a JSON object", bytes);
            }

            var root = doc.RootElement;
            var url = String(root, fields.Url);
            if (String(root, fields.Html) is { } html)
            {
                var page = new PageInput { Source = source, Bytes = Encoding.UTF8.GetBytes(html), Url = url };
                return new InputItem(source, () => page) { Bytes = bytes, Mode = InputMode.Html };
            }

            if (String(root, fields.Text) is { } text)
            {
                var page = new PageInput { Source = source, Bytes = Encoding.UTF8.GetBytes(text), Url = url };
                return new InputItem(source, () => page) { Bytes = bytes, Mode = InputMode.Text };
            }

            return InputItem.Failed(source, $"no \"{fields.Html}\" or \"{fields.Text}\" field", bytes);
        }
        catch (JsonException e)
        {
            return InputItem.Failed(source, $"not JSON: {e.Message}", bytes);
        }
    }

    private static string? String(JsonElement root, string field) =>
        root.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;
}
