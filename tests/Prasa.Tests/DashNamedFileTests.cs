using Prasa.Cli;
using Prasa.Tests.Fixtures;

namespace Prasa.Tests;

[CollectionDefinition(nameof(CurrentDirectory), DisableParallelization = true)]
public sealed class CurrentDirectory;

/// <summary>A mistyped option is a usage error, but a real file whose name starts with '-' is still a page.</summary>
[Collection(nameof(CurrentDirectory))]
public sealed class DashNamedFileTests
{
    [Fact]
    public void A_file_whose_name_starts_with_a_dash_is_a_path()
    {
        using var dir = new TempDir();
        dir.File("-strona.html", NewsPage.Html());
        var cwd = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(dir.Path);

            var run = CliRun.Of("extract", "-strona.html");

            Assert.Equal(Commands.Ok, run.Exit);
            Assert.Contains("\"source\":\"-strona.html\"", run.Out, StringComparison.Ordinal);
        }
        finally
        {
            Directory.SetCurrentDirectory(cwd);
        }
    }
}
