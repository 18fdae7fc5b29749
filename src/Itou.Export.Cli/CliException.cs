namespace Itou.Export.Cli;

/// <summary>A failure the user can act on: one message (lines after the first are details) and the exit code to end with.</summary>
internal sealed class CliException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
