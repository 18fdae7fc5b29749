using Itou.Export.Publishing;
using Itou.Export.Space;
using Itou.Export.Theming;

namespace Itou.Export.Cli.Commands;

/// <summary>Turns what the user typed into library inputs, with the CLI's messages and exit codes when something is missing.</summary>
internal static class SpaceInput
{
    public static async Task<GitBookSpace> LoadAsync(string folder, CancellationToken cancellationToken, ExportLimits? limits = null)
    {
        if (File.Exists(folder))
            throw new CliException(ExitCodes.Usage, $"{folder} is a file: give the space folder that holds it ({Path.GetDirectoryName(Path.GetFullPath(folder))})");
        if (!Directory.Exists(folder))
            throw new CliException(ExitCodes.NotFound, $"space folder not found: {folder}");
        return await SpaceLoader.LoadAsync(folder, limits, cancellationToken: cancellationToken);
    }

    public static Theme LoadTheme(string? themeFile) => themeFile is null ? Theme.Default : ThemeLoader.Load(themeFile);

    public static ExportSelection Selection(string? page, string? section) =>
        page is not null ? ExportSelection.Page(page)
        : section is not null ? ExportSelection.Section(section)
        : ExportSelection.Book;
}
