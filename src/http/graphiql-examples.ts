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
  {
    query: `# What changed lately? The newest changes, each with its operation, who
# made it (shown to callers with a token) and what it did to each node; then
# the history of Russia, newest first. history(key:) also reads that of a
# deleted entity; a deleteEntity's id undoes it with restoreEntity(change:).
query WhatChanged {
  changes(first: 10) {
    totalCount
    edges {
      node {
        id at actor operation itemCount restorable
        items(first: 5) {
          edges { node { key kind status before after linksAdded { type from to } linksRemoved { type from to } } }
        }
      }
    }
  }
  history(key: "state:RUS", first: 5) {
    totalCount
    edges { node { at actor operation status before after linksAdded { type from to } } }
  }
}
`,
  },
];
