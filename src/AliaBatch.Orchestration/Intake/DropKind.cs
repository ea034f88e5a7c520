namespace AliaBatch.Orchestration.Intake;

/// <summary>What a blob in the incoming container is, by its path alone (<see cref="DropRule"/>).</summary>
public enum DropKind
{
    /// <summary>Not a drop: a file inside a drop folder, a hidden or '_'-prefixed name, a misplaced <c>_job.json</c>.</summary>
    NotADrop,

    /// <summary><c>{agency}/{drop}/_job.json</c>: completes the folder <c>{agency}/{drop}/</c>, which is the job's source.</summary>
    Folder,

    /// <summary>A file directly under <c>{agency}/</c> or the container root: a job of that one document.</summary>
    SingleFile,
}
