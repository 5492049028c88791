using BenchmarkDotNet.Attributes;
using Prasa.Html;
using Prasa.Inputs;
using Prasa.Text;

namespace Prasa.Bench;

/// <summary>
/// The hot path per page, over the scrapinghub-aeb pages held in memory: decoding, the two HTML block
/// builders, the whole HTML extraction and the text-dump extraction. One operation = every page once.
/// </summary>
[MemoryDiagnoser]
public class HotPath
{
    private readonly List<byte[]> _bytes = [];
    private readonly List<string> _html = [];
    private readonly List<string> _text = [];
    private readonly StreamingBlockBuilder _fast = new();
    private readonly AngleSharpBlockBuilder _angle = new();
    private readonly Extractor _extractor = new(new StreamingBlockBuilder());

    [GlobalSetup]
    public void Setup()
    {
        var set = Path.Combine(BenchData.Shared, "scrapinghub-aeb");
        foreach (var f in Directory.EnumerateFiles(Path.Combine(set, "pages")).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(f);
            _bytes.Add(bytes);
            _html.Add(TextDecoder.Decode(bytes).Text);
        }

        foreach (var f in Directory.EnumerateFiles(Path.Combine(set, "text")).Order(StringComparer.Ordinal))
        {
            _text.Add(File.ReadAllText(f));
        }
    }

    [Benchmark]
    public int Decode()
    {
        var n = 0;
        foreach (var b in _bytes)
        {
            n += TextDecoder.Decode(b).Text.Length;
        }

        return n;
    }

    [Benchmark(Baseline = true)]
    public int StreamingBuilder()
    {
        var n = 0;
        foreach (var h in _html)
        {
            n += _fast.Build(h).Blocks.Count;
        }

        return n;
    }

    [Benchmark]
    public int AngleSharpBuilder()
    {
        var n = 0;
        foreach (var h in _html)
        {
            n += _angle.Build(h).Blocks.Count;
        }

        return n;
    }

    [Benchmark]
    public int ExtractHtml()
    {
        var n = 0;
        var page = new PageInput { Source = "bench" };
        foreach (var h in _html)
        {
            n += _extractor.FromHtml(page, h, false).Text.Length;
        }

        return n;
    }

    [Benchmark]
    public int TextBlocks()
    {
        var n = 0;
        foreach (var t in _text)
        {
            n += TextBlockBuilder.Build(t).Blocks.Count;
        }

        return n;
    }

    [Benchmark]
    public int ExtractText()
    {
        var n = 0;
        var page = new PageInput { Source = "bench" };
        foreach (var t in _text)
        {
            n += _extractor.FromText(page, t, false).Text.Length;
        }

        return n;
    }
}
