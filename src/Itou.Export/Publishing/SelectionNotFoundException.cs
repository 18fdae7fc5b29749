namespace Itou.Export.Publishing;

/// <summary>
/// The page or section asked for matches nothing (or several entries) in the space. The message lists
/// the nearest titles and paths, also in <see cref="Suggestions"/>.
/// </summary>
public sealed class SelectionNotFoundException : Exception
{
    /// <summary>A selection error with a message and the near matches to suggest.</summary>
    public SelectionNotFoundException(string message, IReadOnlyList<string> suggestions)
        : base(message) => Suggestions = suggestions;

    /// <summary>A selection error with no suggestion.</summary>
    public SelectionNotFoundException() : this("Nothing matches the selection.", []) { }

    /// <summary>A selection error with a message.</summary>
    public SelectionNotFoundException(string message) : this(message, []) { }

    /// <summary>A selection error wrapping another.</summary>
    public SelectionNotFoundException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Titles or paths close to what was asked for (nearest first).</summary>
    public IReadOnlyList<string> Suggestions { get; } = [];
}
