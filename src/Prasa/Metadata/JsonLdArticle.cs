using System.Text.Json;

namespace Prasa.Metadata;

/// <summary>The fields of a schema.org article (NewsArticle, BlogPosting, …) found in a page's JSON-LD.</summary>
public sealed class JsonLdArticle
{
    public string? Headline { get; set; }

    public string? ArticleBody { get; set; }

    public string? Description { get; set; }

    public string? DatePublished { get; set; }

    public string? DateModified { get; set; }

    public List<string> Authors { get; } = [];

    /// <summary>Organisations named as the article's author ("Associated Press"): a credit, not a person.</summary>
    public List<string> AuthorOrganisations { get; } = [];

    /// <summary>
    /// Authors of a work that is no article (a Recipe, a forum posting): the page's writer when no article
    /// object names one.
    /// </summary>
    public List<string> WorkAuthors { get; } = [];

    /// <summary>Authors of the WebPage object: as often the user who uploaded the page as its writer.</summary>
    public List<string> PageAuthors { get; } = [];

    public string? Publisher { get; set; }

    public string? Language { get; set; }

    public List<string> Keywords { get; } = [];

    public string? Url { get; set; }

    /// <summary>datePublished of a page-level object (WebPage…) when no article object carries one.</summary>
    public string? PageDatePublished { get; set; }

    public string? PageDateModified { get; set; }

    /// <summary>A Recipe's recipeIngredient lines: part of the recipe, wherever the page sets them.</summary>
    public List<string> Ingredients { get; } = [];

    /// <summary>A Recipe's recipeInstructions as one text: the recipe's body when no article declares one.</summary>
    public string? Instructions { get; set; }

    /// <summary>Names of Person objects by their @id, to resolve author references (Yoast's @graph).</summary>
    private Dictionary<string, string> People { get; } = [];

    /// <summary>Reads every script and keeps the first article-like object, filling gaps from later ones.</summary>
    public static JsonLdArticle? Read(IEnumerable<string> scripts)
    {
        JsonLdArticle? found = null;
        foreach (var script in scripts)
        {
            try
            {
                using var doc = JsonDocument.Parse(script, new JsonDocumentOptions
                {
                    AllowTrailingCommas = true,
                    CommentHandling = JsonCommentHandling.Skip,
                    MaxDepth = 128,
                });
                Visit(doc.RootElement, ref found, 0);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the page's other metadata still counts.
            }
        }

        found?.ResolveReferences();
        return found;
    }

    private void ResolveReferences()
    {
        Resolve(Authors);
        Resolve(WorkAuthors);
        Resolve(PageAuthors);
    }

    private void Resolve(List<string> authors)
    {
        for (var i = authors.Count - 1; i >= 0; i--)
        {
            if (!authors[i].StartsWith(RefPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            if (People.TryGetValue(authors[i][RefPrefix.Length..], out var name))
            {
                authors[i] = name;
            }
            else
            {
                authors.RemoveAt(i);
            }
        }
    }

    private const string RefPrefix = "\u0001ref:";

    private static void Visit(JsonElement e, ref JsonLdArticle? found, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
            {
                Visit(item, ref found, depth + 1);
            }

            return;
        }

        if (e.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (IsArticle(e))
        {
            found ??= new JsonLdArticle();
            found.Fill(e);
        }
        else if (Str(e, "datePublished") is { } published)
        {
            found ??= new JsonLdArticle();
            found.PageDatePublished ??= published;
            found.PageDateModified ??= Str(e, "dateModified");
        }

        if (!IsArticle(e) && e.TryGetProperty("author", out var workAuthor))
        {
            var into = WorkTypes.Any(t => IsType(e, t)) ? (found ??= new JsonLdArticle()).WorkAuthors
                : PageTypes.Any(t => IsType(e, t)) ? (found ??= new JsonLdArticle()).PageAuthors : null;
            if (into is { Count: 0 })
            {
                Names(workAuthor, into, true);
            }
        }

        if (IsType(e, "Recipe"))
        {
            ReadRecipe(e, ref found);
        }

        if (IsType(e, "Person") && Str(e, "@id") is { } id && Str(e, "name") is { } person)
        {
            found ??= new JsonLdArticle();
            found.People.TryAdd(id, person);
        }

        if (e.TryGetProperty("@graph", out var graph))
        {
            Visit(graph, ref found, depth + 1);
        }

        if (e.TryGetProperty("mainEntity", out var main))
        {
            Visit(main, ref found, depth + 1);
        }
    }

    private static void ReadRecipe(JsonElement e, ref JsonLdArticle? found)
    {
        if (e.TryGetProperty("recipeIngredient", out var ingredients) && ingredients.ValueKind == JsonValueKind.Array)
        {
            found ??= new JsonLdArticle();
            if (found.Ingredients.Count == 0)
            {
                found.Ingredients.AddRange(ingredients.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.String)
                    .Select(i => i.GetString()!.Trim()).Where(i => i.Length > 0));
            }
        }

        if (e.TryGetProperty("recipeInstructions", out var instructions))
        {
            var steps = new List<string>();
            Steps(instructions, steps, 0);
            if (steps.Count > 0)
            {
                found ??= new JsonLdArticle();
                found.Instructions ??= string.Join("\n", steps);
            }
        }
    }

    // recipeInstructions is a string, a list of strings, of HowToStep {text} or of HowToSection {itemListElement}.
    private static void Steps(JsonElement e, List<string> into, int depth)
    {
        if (depth > 4)
        {
            return;
        }

        switch (e.ValueKind)
        {
            case JsonValueKind.String when e.GetString() is { Length: > 0 } step:
                into.Add(step);
                break;
            case JsonValueKind.Array:
                foreach (var item in e.EnumerateArray())
                {
                    Steps(item, into, depth + 1);
                }

                break;
            case JsonValueKind.Object:
                if (Str(e, "text") is { } text)
                {
                    into.Add(text);
                }
                else if (e.TryGetProperty("itemListElement", out var items))
                {
                    Steps(items, into, depth + 1);
                }

                break;
        }
    }

    private static bool IsType(JsonElement e, string name) =>
        e.TryGetProperty("@type", out var type) && type.ValueKind switch
        {
            JsonValueKind.String => type.GetString() == name,
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && t.GetString() == name),
            _ => false,
        };

    private static readonly string[] WorkTypes = ["Recipe", "HowTo", "DiscussionForumPosting", "CreativeWork", "CreativeWorkSeries"];

    private static readonly string[] PageTypes = ["WebPage", "MedicalWebPage", "ItemPage", "AboutPage"];

    private static bool IsArticle(JsonElement e)
    {
        if (!e.TryGetProperty("@type", out var type))
        {
            return false;
        }

        static bool Named(string? t) => t is not null
            && (t.EndsWith("Article", StringComparison.Ordinal) || t is "BlogPosting" or "LiveBlogPosting"
                or "Report" or "OpinionNewsArticle" or "ReviewNewsArticle" or "SocialMediaPosting" or "Review");

        return type.ValueKind switch
        {
            JsonValueKind.String => Named(type.GetString()),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && Named(t.GetString())),
            _ => false,
        };
    }

    private void Fill(JsonElement e)
    {
        Headline ??= Decode(Str(e, "headline") ?? Str(e, "name"));
        ArticleBody ??= Str(e, "articleBody") ?? Str(e, "text");
        Description ??= Str(e, "description");
        DatePublished ??= Str(e, "datePublished") ?? Str(e, "dateCreated");
        DateModified ??= Str(e, "dateModified");
        Language ??= Str(e, "inLanguage");
        Url ??= Str(e, "url");
        if (Authors.Count == 0 && e.TryGetProperty("author", out var author))
        {
            Names(author, Authors, true);
            if (AuthorOrganisations.Count == 0)
            {
                Organisations(author, AuthorOrganisations);
            }
        }

        // "creator" may list every writer where "author" names only the first.
        if (e.TryGetProperty("creator", out var creator))
        {
            var created = new List<string>();
            Names(creator, created, true);
            if (Authors.Count == 0 || (created.Count > Authors.Count && Authors.All(created.Contains)))
            {
                Authors.Clear();
                Authors.AddRange(created);
            }
        }

        if (Publisher is null && e.TryGetProperty("publisher", out var publisher))
        {
            var names = new List<string>();
            Names(publisher, names, false);
            Publisher = names.FirstOrDefault(n => !n.StartsWith(RefPrefix, StringComparison.Ordinal));
        }

        if (Keywords.Count == 0 && e.TryGetProperty("keywords", out var keywords))
        {
            if (keywords.ValueKind == JsonValueKind.String)
            {
                Keywords.AddRange(keywords.GetString()!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
            else if (keywords.ValueKind == JsonValueKind.Array)
            {
                Keywords.AddRange(keywords.EnumerateArray().Where(k => k.ValueKind == JsonValueKind.String)
                    .Select(k => k.GetString()!.Trim()).Where(k => k.Length > 0));
            }
        }
    }

    private static void Organisations(JsonElement e, List<string> into)
    {
        foreach (var item in e.ValueKind == JsonValueKind.Array ? e.EnumerateArray() : Enumerable.Repeat(e, 1))
        {
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("@type", out var t) && t.ValueKind == JsonValueKind.String
                && t.GetString() is { } type && type.EndsWith("Organization", StringComparison.Ordinal) && Str(item, "name") is { } name)
            {
                into.Add(name);
            }
        }
    }

    private static void Names(JsonElement e, List<string> into, bool peopleOnly)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.String:
                var s = e.GetString()!.Trim();
                if (s.Length > 0)
                {
                    into.Add(s);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in e.EnumerateArray())
                {
                    Names(item, into, peopleOnly);
                }

                break;
            case JsonValueKind.Object:
                // An organisation as author is the publisher restated, not a person.
                if (peopleOnly && e.TryGetProperty("@type", out var t) && t.ValueKind == JsonValueKind.String
                    && t.GetString() is { } type && type.EndsWith("Organization", StringComparison.Ordinal))
                {
                    break;
                }

                if (Str(e, "name") is { } name)
                {
                    into.Add(name);
                }
                else if (Str(e, "@id") is { } id)
                {
                    into.Add(RefPrefix + id);
                }

                break;
        }
    }

    /// <summary>Some sites put HTML entities into JSON-LD strings ("Swift&#8217;s").</summary>
    private static string? Decode(string? s) => s is null || !s.Contains('&', StringComparison.Ordinal) ? s : System.Net.WebUtility.HtmlDecode(s);

    private static string? Str(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v))
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Array && v.GetArrayLength() > 0)
        {
            v = v[0];
        }

        if (v.ValueKind == JsonValueKind.Object && v.TryGetProperty("@value", out var inner))
        {
            v = inner;
        }

        var s = v.ValueKind == JsonValueKind.String ? v.GetString()?.Trim() : null;
        return string.IsNullOrEmpty(s) ? null : s;
    }
}
