using Prasa.Blocks;

namespace Prasa;

/// <summary>The article extracted from one page; see docs/article-format.md for the JSON form.</summary>
public sealed class Article
{
    public required string Source { get; init; }

    public string? Url { get; set; }

    public string? Title { get; set; }

    public string? Lead { get; set; }

    public List<string> Author { get; } = [];

    /// <summary>Organisations the page credits where an author's name could stand: agencies, desks, the publication itself.</summary>
    public List<string> Credit { get; } = [];

    public string? Published { get; set; }

    public string? Modified { get; set; }

    public string? Site { get; set; }

    public string? Language { get; set; }

    /// <summary>Main text: lead, body paragraphs and subheadings separated by blank lines; no title.</summary>
    public string Text { get; set; } = "";

    public List<ArticleImage> Images { get; } = [];

    public List<string> Tags { get; } = [];

    /// <summary>Only a paywall preview was visible.</summary>
    public bool Truncated { get; set; }

    /// <summary>The source of an earlier page with the same or nearly the same text (--dedup mark).</summary>
    public string? DuplicateOf { get; set; }

    /// <summary>Every block of the page with its label; kept only when asked for (--explain).</summary>
    public IReadOnlyList<Block> Blocks { get; set; } = [];
}

public sealed record ArticleImage(string? Url, string? Caption, string? Credit);
