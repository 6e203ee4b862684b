/**
 * The tabs GraphiQL opens with: questions analysts ask first, runnable as
 * they are (ids may be readable keys such as state:RUS).
 */
export const graphiqlTabs = [
  {
    query: `# Who accused Russia of what? Accusations against Russia, newest first,
# with the accuser, the words used, the source, and any denials.
query WhoAccusedRussia {
  accusations(accused: "state:RUS", first: 20) {
    totalCount
    edges {
      node {
        accuser { __typename name }
        allegation
        madeOn
        quote
        about { __typename name }
        source { title publisher publishedOn }
        denials { by { name } madeOn }
      }
    }
  }
}
`,
  },
  {
    query: `# The neighbourhood of North Korea: everything within two hops, as nodes
# and edges for a graph view.
query NorthKoreaNeighborhood {
  neighborhood(id: "state:PRK", depth: 2, limit: 100) {
    nodes { id type label }
    edges { source target type label }
    truncated
  }
}
`,
  },
  {
    query: `# How is Kim Jong Un connected to Ukraine? The shortest paths between them.
query KimToUkraine {
  path(from: "person:kim-jong-un", to: "state:UKR", maxHops: 6) {
    nodes { id type label }
    edges { source target type label }
  }
}
`,
  },
  {
    query: `# Which resolutions did Russia veto?
query VetoedByRussia {
  resolutions(vetoedBy: "state:RUS") {
    totalCount
    edges {
      node {
        symbol
        title
        date
        status
        sponsors { name }
        vetoedBy { name }
        votes { state { name } vote }
      }
    }
  }
}
`,
  },
];
