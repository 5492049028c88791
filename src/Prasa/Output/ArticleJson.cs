using System.Text.Encodings.Web;
using System.Text.Json;
using Prasa.Blocks;

namespace Prasa.Output;

/// <summary>Writes articles and error records as the JSON of docs/article-format.md; absent fields are left out.</summary>
public static class ArticleJson
{
    public static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static void Write(Utf8JsonWriter w, Article a, bool blocks)
    {
        w.WriteStartObject();
        w.WriteString("source", a.Source);
        Optional(w, "url", a.Url);
        Optional(w, "title", a.Title);
        Optional(w, "lead", a.Lead);
        if (a.Author.Count > 0)
        {
            w.WriteStartArray("author");
            foreach (var name in a.Author)
            {
                w.WriteStringValue(name);
            }

            w.WriteEndArray();
        }

        if (a.Credit.Count > 0)
        {
            w.WriteStartArray("credit");
            foreach (var name in a.Credit)
            {
                w.WriteStringValue(name);
            }

            w.WriteEndArray();
        }

        Optional(w, "published", a.Published);
        Optional(w, "modified", a.Modified);
        Optional(w, "site", a.Site);
        Optional(w, "language", a.Language);
        w.WriteString("text", a.Text);
        if (a.Images.Count > 0)
        {
            w.WriteStartArray("images");
            foreach (var image in a.Images)
            {
                w.WriteStartObject();
                Optional(w, "url", image.Url);
                Optional(w, "caption", image.Caption);
                Optional(w, "credit", image.Credit);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (a.Tags.Count > 0)
        {
            w.WriteStartArray("tags");
            foreach (var tag in a.Tags)
            {
                w.WriteStringValue(tag);
            }

            w.WriteEndArray();
        }

        if (a.Truncated)
        {
            w.WriteBoolean("truncated", true);
        }

        Optional(w, "duplicate_of", a.DuplicateOf);

        if (blocks && a.Blocks.Count > 0)
        {
            w.WriteStartArray("blocks");
            foreach (var b in a.Blocks)
            {
                w.WriteStartObject();
                w.WriteString("text", b.Text);
                w.WriteString("label", b.Label.Name());
                Optional(w, "reason", b.Label.IsContent() || b.Label == Label.Title ? null : b.Reason ?? "not article text");
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    public static void WriteError(Utf8JsonWriter w, string source, string error)
    {
        w.WriteStartObject();
        w.WriteString("source", source);
        w.WriteString("error", error);
        w.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
