namespace JobMatch.Data.Registry;

/// <summary>What kind of organisation an agency is.</summary>
public enum AgencyKind
{
    /// <summary>One of the municipality's departments (BIF, SOF, SUF, BUF): the unit of authorization.</summary>
    Department,
    /// <summary>A unit inside a department, e.g. a jobcenter or Jobshop.</summary>
    Unit,
    /// <summary>A national agency that funds or evaluates projects (STAR, Social- og Boligstyrelsen).</summary>
    NationalAgency,
    /// <summary>A partner organisation outside the municipality (LEV).</summary>
    Partner,
}
