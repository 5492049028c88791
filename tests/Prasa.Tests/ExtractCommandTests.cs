using System.Text;
using System.Text.Json;
using Prasa.Cli;
using Prasa.Tests.Fixtures;

namespace Prasa.Tests;

/// <summary>`prasa extract` as a user runs it: exit codes, error records, standard input, formats, --explain, --mode.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private const string Dump = """
        Strona główna
        Wiadomości
        Sport
        Nowy most na Odrze otwarty dla ruchu. Kierowcy zaoszczędzą pół godziny
        W piątek o godzinie 10 przez nowy most na Odrze w Brzegu Dolnym przejechały pierwsze samochody. Przeprawa zastąpiła prom, który przez ponad sześćdziesiąt lat był jedynym sposobem przedostania się na drugi brzeg rzeki.
        Budowa trwała trzy lata i zakończyła się z dwumiesięcznym opóźnieniem. Wykonawca tłumaczył je wysokim stanem wody jesienią ubiegłego roku, który na kilka tygodni wstrzymał prace przy podporach.
        Most ma 520 metrów długości, dwa pasy ruchu, chodnik i drogę dla rowerów. Kierowcy jadący z Wołowa do Wrocławia skrócą sobie drogę o około trzydzieści minut.
        Udostępnij
        Regulamin
        """;

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Good(string name = "dobry.html") => _dir.File(name, NewsPage.Html());

    private static JsonElement Json(string line) => JsonDocument.Parse(line).RootElement;

    [Fact]
    public void Every_page_extracted_exits_0_with_one_article_a_line()
    {
        var a = Good("a.html");
        var b = Good("b.html");

        var run = CliRun.Of("extract", a, b);

        Assert.Equal(Commands.Ok, run.Exit);
        Assert.Equal("", run.Err);
        Assert.Equal(2, run.Lines.Length);
        Assert.Equal(a, Json(run.Lines[0]).GetProperty("source").GetString());
        Assert.Equal(b, Json(run.Lines[1]).GetProperty("source").GetString());
        Assert.Equal(NewsPage.Title, Json(run.Lines[0]).GetProperty("title").GetString());
        Assert.Contains(NewsPage.Paragraphs[4], Json(run.Lines[1]).GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Failed_pages_give_error_records_a_stderr_line_and_the_run_goes_on()
    {
        var empty = _dir.File("pusty.html", "");
        var binary = _dir.File("obraz.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        var missing = Path.Combine(_dir.Path, "nie-ma.html");
        var good = Good();

        var run = CliRun.Of("extract", empty, binary, missing, good);

        Assert.Equal(Commands.SomeFailed, run.Exit);
        Assert.Equal(4, run.Lines.Length);
        string[] failed = [empty, binary, missing];
        for (var i = 0; i < failed.Length; i++)
        {
            var record = Json(run.Lines[i]);
            Assert.Equal(failed[i], record.GetProperty("source").GetString());
            Assert.False(string.IsNullOrWhiteSpace(record.GetProperty("error").GetString()));
            Assert.Equal(2, record.EnumerateObject().Count());
            Assert.Contains($"prasa: {failed[i]}: ", run.Err, StringComparison.Ordinal);
        }

        Assert.Equal(3, run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(NewsPage.Title, Json(run.Lines[3]).GetProperty("title").GetString());
    }

    [Fact]
    public void File_over_20_MB_gives_an_error_record_naming_the_limit()
    {
        var huge = Path.Combine(_dir.Path, "ogromny.html");
        using (var f = File.Create(huge))
        {
            var chunk = Encoding.UTF8.GetBytes("<p>" + NewsPage.Paragraphs[0] + "</p>\n");
            while (f.Length <= 20 * 1024 * 1024)
            {
                f.Write(chunk);
            }
        }

        var good = Good();

        var run = CliRun.Of("extract", huge, good);

        Assert.Equal(Commands.SomeFailed, run.Exit);
        var record = Json(run.Lines[0]);
        Assert.Equal(huge, record.GetProperty("source").GetString());
        Assert.Contains("20 MB", record.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("20 MB", run.Err, StringComparison.Ordinal);
        Assert.True(Json(run.Lines[1]).TryGetProperty("text", out _));
    }

    [Fact]
    public void Standard_input_over_20_MB_gives_an_error_record()
    {
        var run = CliRun.With(new byte[(20 * 1024 * 1024) + 1].Select(_ => (byte)'a').ToArray(), true, "extract", "-");

        Assert.Equal(Commands.SomeFailed, run.Exit);
        Assert.Equal("-", Json(run.Lines[0]).GetProperty("source").GetString());
        Assert.Contains("20 MB", Json(run.Lines[0]).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Dash_reads_a_page_from_standard_input()
    {
        var run = CliRun.With(Encoding.UTF8.GetBytes(NewsPage.Html()), true, "extract", "-");

        Assert.Equal(Commands.Ok, run.Exit);
        var article = Json(Assert.Single(run.Lines));
        Assert.Equal("-", article.GetProperty("source").GetString());
        Assert.Equal(NewsPage.Title, article.GetProperty("title").GetString());
    }

    [Fact]
    public void Empty_standard_input_is_an_error_record()
    {
        var run = CliRun.With([], true, "extract", "-");

        Assert.Equal(Commands.SomeFailed, run.Exit);
        Assert.Equal("empty input", Json(Assert.Single(run.Lines)).GetProperty("error").GetString());
    }

    [Fact]
    public void Folders_are_recursed_in_a_stable_order_with_the_found_paths_as_source()
    {
        var b = _dir.File(Path.Combine("b", "druga.html"), NewsPage.Html());
        var a = _dir.File(Path.Combine("a", "pierwsza.html"), NewsPage.Html());
        var c = _dir.File("c.txt", Dump);

        var run = CliRun.Of("extract", _dir.Path);

        Assert.Equal(Commands.Ok, run.Exit);
        Assert.Equal([a, b, c], run.Lines.Select(l => Json(l).GetProperty("source").GetString()));
    }

    [Theory]
    [InlineData]
    [InlineData("extract")]
    [InlineData("extract", "x.html", "--format", "pdf")]
    [InlineData("extract", "x.html", "--mode", "xml")]
    [InlineData("extract", "x.html", "--no-such-option")]
    [InlineData("wyciągnij", "x.html")]
    public void Usage_errors_exit_2_with_a_message(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(Commands.Usage, run.Exit);
        Assert.Equal("", run.Out);
        Assert.NotEqual("", run.Err.Trim());
    }

    [Fact]
    public void A_bad_option_value_names_the_values_allowed_not_a_type()
    {
        var run = CliRun.Of("extract", "x.html", "--format", "xml");

        Assert.Equal(Commands.Usage, run.Exit);
        Assert.Contains("--format: 'xml' is not one of json, jsonl, md, txt", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("Prasa.Output", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_names_every_option_on_stdout()
    {
        var run = CliRun.Of("extract", "--help");

        Assert.Equal(Commands.Ok, run.Exit);
        foreach (var option in new[] { "PATH", "--output", "-o", "--format", "jsonl", "json", "txt", "md", "--mode", "auto", "html", "text", "--explain" })
        {
            Assert.Contains(option, run.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Unwritable_output_file_is_a_usage_error()
    {
        var run = CliRun.Of("extract", Good(), "-o", Path.Combine(_dir.Path, "nie", "ma", "katalogu", "out.jsonl"));

        Assert.Equal(Commands.Usage, run.Exit);
        Assert.Contains("cannot write", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_option_writes_jsonl_to_the_file()
    {
        var target = Path.Combine(_dir.Path, "wynik.jsonl");

        var run = CliRun.With(null, false, "extract", Good(), "-o", target);

        Assert.Equal(Commands.Ok, run.Exit);
        Assert.Equal("", run.Out);
        var line = Assert.Single(File.ReadAllLines(target));
        Assert.Equal(NewsPage.Title, Json(line).GetProperty("title").GetString());
    }

    [Fact]
    public void Output_file_inside_the_folder_read_is_not_read_back()
    {
        Good("a.html");
        Good("b.html");
        var target = Path.Combine(_dir.Path, "wynik.jsonl");

        var run = CliRun.Of("extract", _dir.Path, "-o", target);

        Assert.Equal(Commands.Ok, run.Exit);
        Assert.Equal(2, File.ReadAllLines(target).Length);
    }

    [Fact]
    public void Terminal_output_defaults_to_text_and_redirected_output_to_jsonl()
    {
        var page = Good();

        var terminal = CliRun.With(null, false, "extract", page);
        var redirected = CliRun.With(null, true, "extract", page);

        Assert.StartsWith(NewsPage.Paragraphs[0], terminal.Out, StringComparison.Ordinal);
        Assert.StartsWith("{", redirected.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_format_is_one_array_with_articles_and_error_records()
    {
        var good = Good();
        var empty = _dir.File("pusty.html", "");

        var run = CliRun.Of("extract", good, empty, "--format", "json");

        Assert.Equal(Commands.SomeFailed, run.Exit);
        var array = Json(run.Out);
        Assert.Equal(JsonValueKind.Array, array.ValueKind);
        Assert.Equal(2, array.GetArrayLength());
        Assert.Equal(NewsPage.Title, array[0].GetProperty("title").GetString());
        Assert.Equal(empty, array[1].GetProperty("source").GetString());
        Assert.True(array[1].TryGetProperty("error", out _));
    }

    [Fact]
    public void Json_format_with_no_pages_that_load_is_still_an_array()
    {
        var run = CliRun.Of("extract", Path.Combine(_dir.Path, "nie-ma.html"), "-f", "json");

        Assert.Equal(Commands.SomeFailed, run.Exit);
        Assert.Equal(1, Json(run.Out).GetArrayLength());
    }

    [Fact]
    public void Txt_format_is_the_main_text()
    {
        var run = CliRun.Of("extract", Good(), "--format", "txt");

        Assert.Equal(Commands.Ok, run.Exit);
        Assert.StartsWith(NewsPage.Paragraphs[0] + "\n\n" + NewsPage.Paragraphs[1], run.Out, StringComparison.Ordinal);
        Assert.EndsWith(NewsPage.Paragraphs[4] + "\n", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("{", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Md_format_keeps_headings_lists_quotes_and_tables()
    {
        var run = CliRun.Of("extract", Good(), "--format", "md");

        Assert.Equal(Commands.Ok, run.Exit);
        Assert.StartsWith("# " + NewsPage.Title, run.Out, StringComparison.Ordinal);
        Assert.Contains("## " + NewsPage.Subheading, run.Out, StringComparison.Ordinal);
        Assert.Contains("- " + NewsPage.ListItems[0], run.Out, StringComparison.Ordinal);
        Assert.Contains("> " + NewsPage.Quote, run.Out, StringComparison.Ordinal);
        Assert.Contains("| Przeprawa | Długość | Otwarcie |", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Md_format_separates_articles()
    {
        var run = CliRun.Of("extract", Good("a.html"), Good("b.html"), "--format", "md");

        Assert.Equal(2, run.Out.Split("\n---\n").Length);
    }

    [Fact]
    public void Text_formats_report_failures_on_stderr_only()
    {
        var empty = _dir.File("pusty.html", "");

        var run = CliRun.Of("extract", empty, Good(), "--format", "txt");

        Assert.Equal(Commands.SomeFailed, run.Exit);
        Assert.Contains($"prasa: {empty}: empty input", run.Err, StringComparison.Ordinal);
        Assert.StartsWith(NewsPage.Paragraphs[0], run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_lists_every_block_with_a_label_and_a_reason_for_removed_ones()
    {
        var page = _dir.File("strona.html", NewsPage.Html(
            before: "<nav><a href=\"/\">Strona główna</a> <a href=\"/kraj\">Kraj</a> <a href=\"/sport\">Sport</a></nav>",
            after: "<section id=\"comments\"><p>Nareszcie! Na ten most czekaliśmy całe życie, a prom przez pół roku nie kursował.</p></section>"));

        var run = CliRun.Of("extract", page, "--explain");

        var blocks = Json(Assert.Single(run.Lines)).GetProperty("blocks").EnumerateArray().ToList();
        Assert.All(blocks, b => Assert.False(string.IsNullOrEmpty(b.GetProperty("label").GetString())));
        var texts = blocks.Select(b => b.GetProperty("text").GetString()).ToList();
        Assert.Contains(NewsPage.Paragraphs[2], texts);
        Assert.Contains(NewsPage.Quote, texts);

        var body = blocks.Single(b => b.GetProperty("text").GetString() == NewsPage.Paragraphs[2]);
        Assert.Equal("body", body.GetProperty("label").GetString());
        Assert.False(body.TryGetProperty("reason", out _));

        var comment = blocks.Single(b => b.GetProperty("text").GetString()!.StartsWith("Nareszcie!", StringComparison.Ordinal));
        Assert.Equal("comment", comment.GetProperty("label").GetString());
        Assert.False(string.IsNullOrWhiteSpace(comment.GetProperty("reason").GetString()));

        var nav = blocks.Where(b => b.GetProperty("text").GetString()!.Contains("Sport", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(nav);
        Assert.All(nav, b => Assert.Equal("navigation", b.GetProperty("label").GetString()));
        Assert.All(nav, b => Assert.False(string.IsNullOrWhiteSpace(b.GetProperty("reason").GetString())));
    }

    [Fact]
    public void Without_explain_there_are_no_blocks()
    {
        var run = CliRun.Of("extract", Good());

        Assert.False(Json(Assert.Single(run.Lines)).TryGetProperty("blocks", out _));
    }

    [Fact]
    public void Auto_mode_reads_html_named_txt_as_html()
    {
        var page = _dir.File("strona.txt", NewsPage.Html());

        var run = CliRun.Of("extract", page, "--mode", "auto");

        var text = Json(Assert.Single(run.Lines)).GetProperty("text").GetString()!;
        Assert.Contains(NewsPage.Paragraphs[0], text, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Auto_mode_reads_a_dump_named_html_as_text()
    {
        var dump = _dir.File("zrzut.html", Dump);

        var auto = Json(Assert.Single(CliRun.Of("extract", dump).Lines));
        var asText = Json(Assert.Single(CliRun.Of("extract", dump, "--mode", "text").Lines));

        Assert.Equal(asText.GetProperty("text").GetString(), auto.GetProperty("text").GetString());
        Assert.Contains("Budowa trwała trzy lata", auto.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Html_mode_forces_markup_reading()
    {
        var page = _dir.File("strona.dat", NewsPage.Html());

        var html = Json(Assert.Single(CliRun.Of("extract", page, "--mode", "html").Lines));
        var text = Json(Assert.Single(CliRun.Of("extract", page, "--mode", "text").Lines));

        Assert.Equal(NewsPage.Title, html.GetProperty("title").GetString());
        Assert.DoesNotContain("<p>", html.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("<p>", text.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_folder_extracts_without_errors()
    {
        var run = CliRun.Of("extract", Samples.Directory);

        Assert.Equal(Commands.Ok, run.Exit);
        Assert.Equal(Directory.GetFiles(Samples.Directory).Length, run.Lines.Length);
        Assert.All(run.Lines, l => Assert.True(Json(l).GetProperty("text").GetString()!.Length > 500));
    }
}
