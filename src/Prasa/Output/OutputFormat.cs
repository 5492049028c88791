namespace Prasa.Output;

public enum OutputFormat
{
    Jsonl,
    Json,
    Txt,
    Md,
}
