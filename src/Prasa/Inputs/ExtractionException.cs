namespace Prasa.Inputs;

/// <summary>A page that cannot be extracted, with a message fit for the error record.</summary>
public sealed class ExtractionException(string message) : Exception(message);
