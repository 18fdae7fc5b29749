namespace Itou.Export.Theming;

/// <summary>One thing wrong in a theme file: the field (a JSON path such as <c>colors.primary</c> or <c>logos[1]</c>) and what was expected there.</summary>
public sealed record ThemeProblem(string Field, string Message)
{
    /// <summary>The <c>field: message</c> form.</summary>
    public override string ToString() => $"{Field}: {Message}";
}

/// <summary>A theme file that cannot be used; <see cref="Problems"/> lists every field at fault, not only the first.</summary>
public sealed class ThemeException : Exception
{
    /// <summary>Creates the exception for a theme file and its problems.</summary>
    public ThemeException(string themeFile, IReadOnlyList<ThemeProblem> problems)
        : base(Describe(themeFile, problems))
    {
        ThemeFile = themeFile;
        Problems = problems;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public ThemeException() : this("theme", []) { }

    /// <summary>Creates the exception with a message only.</summary>
    public ThemeException(string message) : base(message)
    {
        ThemeFile = "theme";
        Problems = [];
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public ThemeException(string message, Exception innerException) : base(message, innerException)
    {
        ThemeFile = "theme";
        Problems = [];
    }

    /// <summary>The theme file (as given) the problems are in.</summary>
    public string ThemeFile { get; }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ThemeProblem> Problems { get; }

    private static string Describe(string themeFile, IReadOnlyList<ThemeProblem> problems) =>
        problems.Count == 0
            ? $"{themeFile}: invalid theme"
            : string.Join(Environment.NewLine, problems.Select(p => $"{themeFile}: {p}"));
}
