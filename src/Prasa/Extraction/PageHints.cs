namespace Prasa.Extraction;

/// <summary>What the page's metadata says about its article, for the classifier to check blocks against.</summary>
/// <param name="Title">The headline chosen for the article.</param>
/// <param name="ArticleBody">JSON-LD articleBody, when the page declares one.</param>
/// <param name="Description">The page's description (JSON-LD, og:description, meta description).</param>
/// <param name="Authors">Author names the metadata gives.</param>
/// <param name="Ingredients">A Recipe's ingredient lines from JSON-LD.</param>
public sealed record PageHints(string? Title, string? ArticleBody = null, string? Description = null, IReadOnlyList<string>? Authors = null,
    IReadOnlyList<string>? Ingredients = null);
