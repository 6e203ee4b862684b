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
    query: `# Russia's vetoes since 2000, by agenda item: how many drafts it vetoed on
# each (most first), then the drafts themselves, newest first, with who
# vetoed them. (Imported with npm run import -- unsc-vetoes.)
query RussiaVetoesByAgenda {
  vetoCounts(by: "state:RUS", from: "2000", groupBy: [AGENDA], first: 50) {
    totalCount
    edges { node { agenda count } }
  }
  vetoes(by: "state:RUS", from: "2000", first: 50) {
    totalCount
    edges { node { symbol date agenda vetoedBy { name } } }
  }
}
`,
  },
  {
    query: `# How often did China and Russia vote alike on the Security Council in
# 2020-2024? Of the resolutions both voted on, the share where their votes
# were the same; then the agreement among the five permanent members, for a
# heat map. (Imported with npm run import -- unsc-votes.)
query ChinaRussiaAgreement {
  node(id: "state:CHN") {
    ... on State {
      name
      votingAgreement(with: "state:RUS", from: "2020", to: "2024") {
        with { name }
        bothVoted
        same
        different
        share
      }
    }
  }
  votingAgreementMatrix(
    states: ["state:CHN", "state:RUS", "state:USA", "state:GBR", "state:FRA"]
    from: "2020"
    to: "2024"
  ) {
    cells { state { name } with { name } bothVoted share }
  }
}
`,
  },
  {
    query: `# Who supplied arms to India in 2015-2024? Supplier -> recipient flows by
# year of delivery, with deals, units and SIPRI trend-indicator values
# (TIV, millions): the rows of a Sankey or a stacked chart. The deals
# behind one flow: weaponsTransfers(supplier:, recipient:, from:, to:).
# (Imported with npm run import -- sipri.)
query IndiaArmsImportsByYear {
  transferFlows(recipient: "state:IND", from: 2015, to: 2024, groupBy: [SUPPLIER, RECIPIENT, YEAR], first: 100) {
    totalCount
    edges { node { year supplier { name } recipient { name } deals units tiv estimate complete } }
  }
}
`,
  },
  {
    query: `# Accusations against Russia by month: those coded by GDELT beside those
# reported in articles, in one request, for one chart with two series.
# (Coded claims are imported with npm run import -- gdelt.)
query AccusationsAgainstRussiaByMonth {
  coded: claimCounts(by: MONTH, target: "state:RUS", kind: ACCUSE, origin: CODED, from: "2022-01", to: "2024-12", first: 100) {
    totalCount
    edges { node { key label count } }
  }
  reported: claimCounts(by: MONTH, target: "state:RUS", kind: ACCUSE, origin: REPORTED, from: "2022-01", to: "2024-12", first: 100) {
    totalCount
    edges { node { key label count } }
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
