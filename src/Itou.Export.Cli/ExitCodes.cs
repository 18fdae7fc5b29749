namespace Itou.Export.Cli;

/// <summary>The process exit codes, documented in <c>--help</c> and the README.</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;
    /// <summary><c>--strict</c> and at least one diagnostic: nothing written.</summary>
    public const int Diagnostics = 1;
    /// <summary>Bad command line or invalid theme file.</summary>
    public const int Usage = 2;
    /// <summary>The space folder, theme file, page or section does not exist.</summary>
    public const int NotFound = 3;
    /// <summary>The export failed or was cancelled: nothing written.</summary>
    public const int ExportFailed = 4;

    /// <summary>The table printed under <c>--help</c>.</summary>
    public const string Help = """
        Exit codes:
          0  done
          1  --strict and at least one diagnostic (the output is not written)
          2  usage error: bad arguments or an invalid theme file
          3  not found: the space folder, the theme file, the page or the section
          4  the export failed or was cancelled (the output is not written)
        """;
}
