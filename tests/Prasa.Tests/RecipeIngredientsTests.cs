using Prasa.Blocks;
using Prasa.Metadata;
using Prasa.Tests.Fixtures;

namespace Prasa.Tests;

/// <summary>A recipe's ingredients, as its Recipe data lists them, stay in the text wherever the page sets them.</summary>
public class RecipeIngredientsTests
{
    private const string Method = """
        <div class="method"><h2>Zubereitung</h2>
        <p>Zuerst den Pudding nach Packungsanleitung kochen und mit Folie bedeckt abkühlen lassen, damit sich keine Haut bildet. Die Mandarinen in einem Sieb gut abtropfen lassen und den Saft dabei auffangen.</p>
        <p>Für den Boden Mehl, Zucker, Butter und Backpulver rasch zu einem glatten Teig verkneten, in die gefettete Springform drücken und dabei einen etwa drei Zentimeter hohen Rand hochziehen.</p>
        <p>Den Schmand mit dem abgekühlten Pudding glatt rühren, auf dem Boden verteilen und die Mandarinen darauf legen. Den Kuchen bei 175 Grad Ober- und Unterhitze etwa achtzig Minuten backen.</p>
        <p>Wenn der Kuchen ganz erkaltet ist, aus dem aufgefangenen Saft und dem Tortenguss einen Guss kochen und den Kuchen damit gleichmäßig überziehen. Vor dem Anschneiden mindestens zwei Stunden kalt stellen.</p>
        </div>
        """;

    private static string Page(string ingredientsBox, bool recipeData = true)
    {
        var data = recipeData
            ? """<script type="application/ld+json">{"@context":"https://schema.org","@type":"Recipe","name":"Mandarinen-Schmand-Kuchen","recipeIngredient":["125 g Mehl","65 g Zucker","65 g Butter","1 TL Backpulver","500 ml Milch","3 Becher Schmand","2 Dosen Mandarinen","1 Pck. Tortenguss"]}</script>"""
            : "";
        return $"""
            <html><head><title>Mandarinen-Schmand-Kuchen</title>{data}</head><body>
            <h1>Mandarinen-Schmand-Kuchen</h1>
            <div class="side">{ingredientsBox}</div>
            {Method}
            </body></html>
            """;
    }

    private const string IngredientTable = """
        <h3>Zutaten</h3><table>
        <tr><td>125 g</td><td>Mehl</td></tr><tr><td>65 g</td><td>Zucker</td></tr><tr><td>65 g</td><td>Butter</td></tr>
        <tr><td>1 TL</td><td>Backpulver</td></tr><tr><td>500 ml</td><td>Milch</td></tr><tr><td>3 Becher</td><td>Schmand</td></tr>
        <tr><td>2 Dosen</td><td>Mandarinen</td></tr><tr><td>1 Pck.</td><td>Tortenguss</td></tr></table>
        """;

    [Fact]
    public void An_ingredient_table_beside_the_method_is_part_of_the_text()
    {
        var article = new Extractor().Extract(NewsPage.Page(Page(IngredientTable)), explain: true);

        Assert.Contains("Zuerst den Pudding", article.Text, StringComparison.Ordinal);
        foreach (var part in new[] { "125 g", "Backpulver", "3 Becher", "Tortenguss" })
        {
            Assert.Contains(part, article.Text, StringComparison.Ordinal);
        }

        Assert.True(article.Text!.IndexOf("Backpulver", StringComparison.Ordinal) < article.Text.IndexOf("Zuerst", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_recipe_data_the_table_stays_outside()
    {
        var article = new Extractor().Extract(NewsPage.Page(Page(IngredientTable, recipeData: false)), explain: true);

        Assert.DoesNotContain("3 Becher", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Linked_ingredient_lines_in_the_method_column_are_no_link_lines()
    {
        var list = """
            <ul><li>125 g Mehl</li><li>65 g Zucker</li><li>65 g Butter</li><li>1 TL <a href="/glossar/backpulver">Backpulver</a></li>
            <li>500 ml Milch</li><li>3 Becher <a href="/glossar/schmand">Schmand</a></li><li>2 Dosen <a href="/glossar/mandarinen">Mandarinen</a></li><li>1 Pck. Tortenguss</li></ul>
            """;
        var html = Page("").Replace("<div class=\"method\">", "<div class=\"method\">" + list, StringComparison.Ordinal);

        var article = new Extractor().Extract(NewsPage.Page(html), explain: true);

        Assert.Contains("3 Becher Schmand", article.Text, StringComparison.Ordinal);
        Assert.Contains("2 Dosen Mandarinen", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(article.Blocks, b => b.Text.Contains("Schmand", StringComparison.Ordinal) && b.Label == Label.Recommendation);
    }

    [Theory]
    [InlineData("""["Den Teig kneten.", "Im Ofen backen."]""")]
    [InlineData("""[{"@type":"HowToStep","text":"Den Teig kneten."},{"@type":"HowToStep","text":"Im Ofen backen."}]""")]
    [InlineData("""[{"@type":"HowToSection","name":"Teig","itemListElement":[{"@type":"HowToStep","text":"Den Teig kneten."}]},{"@type":"HowToSection","name":"Backen","itemListElement":[{"@type":"HowToStep","text":"Im Ofen backen."}]}]""")]
    public void Recipe_instructions_are_read_in_each_shape(string instructions)
    {
        var script = $$"""{"@context":"https://schema.org","@type":"Recipe","name":"Brot","recipeIngredient":["500 g Mehl","1 TL Salz"],"recipeInstructions":{{instructions}}}""";

        var recipe = JsonLdArticle.Read([script]);

        Assert.NotNull(recipe);
        Assert.Equal("Den Teig kneten.\nIm Ofen backen.", recipe.Instructions);
        Assert.Equal(["500 g Mehl", "1 TL Salz"], recipe.Ingredients);
    }
}
