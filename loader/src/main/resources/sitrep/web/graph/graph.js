// sitrep's graph page: the entity graph of the store, read with SPARQL from the same server.
// Nodes are entities (size: mentions, colour: type); edges are said-about, sent-to and
// mentioned-with, as in `sitrep export`. Only the most mentioned entities are drawn at first,
// so that stores with thousands of entities stay usable; search reaches every entity.
(function () {
  'use strict';

  const DATASET = 'sitrep';
  const ENDPOINT = '../' + DATASET + '/sparql';
  const FIRST_DRAWN = 150;
  const MAJOR_LABELS = 25;
  const COLOURS = { Person: '#d9534f', Country: '#3f7fbf', Organization: '#8e63b5', Place: '#3c9d5d', AnonymousSource: '#999999' };
  const EDGE_COLOURS = { 'said-about': '#d9534f', 'sent-to': '#3c9d5d', 'mentioned-with': '#c8c8c8' };

  const PREFIXES = `PREFIX sitrep: <https://w3id.org/sitrep/ns#>
PREFIX schema: <https://schema.org/>
PREFIX prov:   <http://www.w3.org/ns/prov#>
PREFIX nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
PREFIX owl:    <http://www.w3.org/2002/07/owl#>
PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
`;

  const NODES_QUERY = PREFIXES + `# The entities: people, organizations, countries, places (not outlets), and anonymous
# sources that speak; a French label where there is one; how often the texts mention them.
SELECT ?entity ?type ?label ?wikidata ?mentions WHERE {
  {
    SELECT ?entity (SUBSTR(MIN(?rankedType), 2) AS ?type) WHERE {
      {
        ?entity a ?typeNode .
        VALUES ?typeNode { schema:Person schema:Organization schema:Country schema:Place }
        FILTER (!STRSTARTS(STR(?entity), "https://w3id.org/sitrep/id/outlet/"))
      } UNION {
        ?entity a sitrep:AnonymousSource ; sitrep:said ?anything .
        BIND (sitrep:AnonymousSource AS ?typeNode)
      }
      # One type per entity, in the order sitrep export uses: Person, Country, Organization, Place.
      BIND (CONCAT(IF(?typeNode = schema:Person, "1", IF(?typeNode = schema:Country, "2",
              IF(?typeNode = schema:Organization, "3", IF(?typeNode = schema:Place, "4", "5")))),
              REPLACE(STR(?typeNode), "^.*[/#]", "")) AS ?rankedType)
    } GROUP BY ?entity
  }
  OPTIONAL {
    SELECT ?entity (STR(COALESCE(MIN(?french), MIN(?any))) AS ?label) (MIN(?sameAs) AS ?wikidata) WHERE {
      ?entity rdfs:label ?any .
      OPTIONAL { ?entity rdfs:label ?french FILTER (LANGMATCHES(LANG(?french), "fr")) }
      OPTIONAL { ?entity owl:sameAs ?sameAs }
    } GROUP BY ?entity
  }
  OPTIONAL {
    SELECT ?entity (COUNT(DISTINCT ?mention) AS ?mentions) WHERE {
      ?mention itsrdf:taIdentRef ?entity .
    } GROUP BY ?entity
  }
}`;

  const EDGES_QUERY = PREFIXES + `# The edges between entities, one per pair and relation, weighted by how many claims,
# deployments or articles carry it.
SELECT ?source ?target ?relation (COUNT(DISTINCT ?evidence) AS ?weight) WHERE {
  {
    ?source sitrep:said ?evidence . ?evidence schema:mentions ?target .
    FILTER (?source != ?target)
    BIND ("said-about" AS ?relation)
  } UNION {
    ?source sitrep:sent ?evidence . ?evidence sitrep:destination ?target .
    BIND ("sent-to" AS ?relation)
  } UNION {
    ?evidence a schema:NewsArticle ; schema:mentions ?source , ?target .
    FILTER (STR(?source) < STR(?target))
    BIND ("mentioned-with" AS ?relation)
  }
} GROUP BY ?source ?target ?relation`;

  function claimsQuery(iri) {
    return PREFIXES + `# What was said by <${iri}> ("said") or about it ("about"), with the article.
# ?around is the article text from up to 300 characters before the claim to 300 after it.
SELECT ?role ?speakerLabel ?claim ?cue ?date ?begin ?end ?from ?around ?article ?url ?headline ?statement WHERE {
  VALUES ?entity { <${iri}> }
  { ?entity sitrep:said ?statement . BIND ("said" AS ?role) }
  UNION
  { ?statement a sitrep:Statement ; schema:mentions ?entity . BIND ("about" AS ?role) }
  ?speaker sitrep:said ?statement .
  ?statement sitrep:claim ?claim ; prov:wasDerivedFrom ?article .
  OPTIONAL { ?statement sitrep:cue ?cue }
  OPTIONAL { ?statement sitrep:date ?date }
  OPTIONAL {
    ?statement sitrep:claimSpan ?span . ?span nif:beginIndex ?begin ; nif:endIndex ?end .
    OPTIONAL { ?span nif:referenceContext ?context . ?context nif:isString ?text }
    BIND (IF(?begin > 300, ?begin - 300, 0) AS ?from)
    BIND (SUBSTR(?text, ?from + 1, ?end - ?from + 300) AS ?around)
  }
  OPTIONAL { ?article schema:url ?url }
  OPTIONAL { ?article schema:headline ?headline }
  OPTIONAL {
    SELECT ?speaker (STR(COALESCE(MIN(?french), MIN(?any))) AS ?speakerLabel) WHERE {
      ?speaker sitrep:said ?someStatement ; rdfs:label ?any .
      OPTIONAL { ?speaker rdfs:label ?french FILTER (LANGMATCHES(LANG(?french), "fr")) }
    } GROUP BY ?speaker
  }
}
ORDER BY ?article ?statement`;
  }

  function deploymentsQuery(iri) {
    return PREFIXES + `# The deployments <${iri}> sends, receives or is the origin of.
SELECT ?deployment (SAMPLE(?roleName) AS ?role) (SAMPLE(?senderName) AS ?sender)
       (GROUP_CONCAT(DISTINCT ?destinationName; separator=", ") AS ?destinations)
       (SAMPLE(?troops) AS ?count) (SAMPLE(?unitText) AS ?unit) (SAMPLE(?statusName) AS ?status)
       (SAMPLE(?when) AS ?date) (SAMPLE(?source) AS ?article) (SAMPLE(?link) AS ?url)
WHERE {
  VALUES ?entity { <${iri}> }
  { ?entity sitrep:sent ?deployment . BIND ("envoie" AS ?roleName) }
  UNION { ?deployment sitrep:destination ?entity . BIND ("destination" AS ?roleName) }
  UNION { ?deployment sitrep:origin ?entity . BIND ("origine" AS ?roleName) }
  ?senderNode sitrep:sent ?deployment .
  ?deployment prov:wasDerivedFrom ?source .
  OPTIONAL { ?senderNode rdfs:label ?senderName FILTER (LANGMATCHES(LANG(?senderName), "fr")) }
  OPTIONAL { ?deployment sitrep:destination ?destination .
             ?destination rdfs:label ?destinationName FILTER (LANGMATCHES(LANG(?destinationName), "fr")) }
  OPTIONAL { ?deployment sitrep:troopCount ?troops }
  OPTIONAL { ?deployment sitrep:unit ?unitText }
  OPTIONAL { ?deployment sitrep:status ?statusNode BIND (REPLACE(STR(?statusNode), "^.*#", "") AS ?statusName) }
  OPTIONAL { ?deployment sitrep:date ?when }
  OPTIONAL { ?source schema:url ?link }
}
GROUP BY ?deployment
ORDER BY ?deployment`;
  }

  /**
   * The sentence around a claim, cut out of the text around it: from after the previous
   * sentence end (or line break) to the next one, as [before, claim, after].
   */
  function sentence(around, claimStart, claimEnd) {
    let start = 0;
    for (let i = claimStart - 1; i > 0; i--) {
      if (around[i] === '\n' || (/[.!?]/.test(around[i - 1]) && /\s/.test(around[i]))) {
        start = i + 1;
        break;
      }
    }
    let end = around.length;
    const next = around.slice(claimEnd).search(/[.!?](?=\s|$)|\n/);
    if (next >= 0) {
      end = claimEnd + next + (around[claimEnd + next] === '\n' ? 0 : 1);
    }
    return [around.slice(start, claimStart), around.slice(claimStart, claimEnd), around.slice(claimEnd, end)];
  }

  /** A link to the Fuseki UI's query editor with the query filled in. */
  function editorLink(query) {
    return '../#/dataset/' + DATASET + '/query?query=' + encodeURIComponent(query);
  }

  async function select(query) {
    const response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/sparql-results+json' },
      body: new URLSearchParams({ query: query })
    });
    if (!response.ok) {
      throw new Error('SPARQL ' + response.status + ': ' + (await response.text()).slice(0, 300));
    }
    const json = await response.json();
    return json.results.bindings.map(b => {
      const row = {};
      for (const name of Object.keys(b)) {
        row[name] = b[name].value;
      }
      return row;
    });
  }

  /** Lower case, accents and other marks removed: "États-Unis" and "etats-unis" match. */
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function element(tag, attributes, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attributes || {})) {
      if (v !== undefined && v !== null) {
        e.setAttribute(k, v);
      }
    }
    for (const c of children) {
      if (c !== undefined && c !== null) {
        e.append(c);
      }
    }
    return e;
  }

  const status = document.getElementById('status');
  const details = document.getElementById('details');
  const results = document.getElementById('results');
  const search = document.getElementById('search');
  const showAll = document.getElementById('show-all');
  const allNodes = new Map();   // iri -> node data
  let allEdges = [];
  let cy;

  function nodeElement(n) {
    return { group: 'nodes', data: n };
  }

  function edgeId(e) {
    return e.relation + '|' + e.source + '|' + e.target;
  }

  function edgeElement(e) {
    return { group: 'edges', data: { id: edgeId(e), source: e.source,
      target: e.target, relation: e.relation, weight: Number(e.weight) } };
  }

  /** Draws the given entities and the edges among every drawn entity, then lays them out. */
  function draw(iris) {
    cy.startBatch();
    for (const iri of iris) {
      if (cy.getElementById(iri).empty()) {
        cy.add(nodeElement(allNodes.get(iri)));
      }
    }
    const edges = allEdges.filter(e => cy.getElementById(edgeId(e)).empty()
      && !cy.getElementById(e.source).empty() && !cy.getElementById(e.target).empty());
    cy.add(edges.map(edgeElement));
    cy.endBatch();
    layout();
    status.textContent = cy.nodes().length + ' / ' + allNodes.size + ' entités, ' + cy.edges().length + ' liens';
    showAll.hidden = cy.nodes().length >= allNodes.size;
  }

  function layout() {
    const many = cy.nodes().length > 300;
    cy.layout(many
      ? { name: 'concentric', concentric: n => n.data('mentions'), levelWidth: () => 2, minNodeSpacing: 4, animate: false }
      : { name: 'cose', animate: false, numIter: 800, randomize: true, gravity: 0.3, nodeOverlap: 40,
          nodeRepulsion: () => 400000, idealEdgeLength: e => e.data('relation') === 'mentioned-with' ? 160 : 90,
          edgeElasticity: e => e.data('relation') === 'mentioned-with' ? 400 : 80 })
      .run();
  }

  function focus(iri) {
    if (cy.getElementById(iri).empty()) {
      draw([iri]);
    }
    const node = cy.getElementById(iri);
    cy.elements().unselect();
    node.select();
    cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 200 });
    showDetails(iri);
  }

  async function showDetails(iri) {
    const n = allNodes.get(iri);
    details.dataset.entity = iri;
    details.dataset.state = 'loading';
    details.replaceChildren(
      element('h2', {}, n.label),
      element('div', { class: 'meta' }, n.type + ' · ' + n.mentions + ' mention(s)' + (n.wikidata ? ' · ' : ''),
        n.wikidata ? element('a', { href: n.wikidata, target: '_blank', rel: 'noopener' }, n.wikidata.replace(/^.*\//, '')) : null),
      element('div', { class: 'meta' }, iri));
    const claimsSparql = claimsQuery(iri);
    const deploymentsSparql = deploymentsQuery(iri);
    try {
      const [claims, deployments] = await Promise.all([select(claimsSparql), select(deploymentsSparql)]);
      if (details.dataset.entity !== iri) {
        return;   // another entity was clicked meanwhile
      }
      details.append(element('h3', {}, 'Déclarations (' + claims.length + ') '),
        element('a', { class: 'query-link', href: editorLink(claimsSparql), target: '_blank', rel: 'noopener' },
          'ouvrir la requête dans l’éditeur'));
      if (claims.length === 0) {
        details.append(element('p', { class: 'hint' }, 'Aucune déclaration par ou sur cette entité.'));
      }
      for (const c of claims) {
        const span = c.begin !== undefined ? '#char=' + c.begin + ',' + c.end : '';
        details.append(element('div', { class: 'claim ' + c.role, 'data-statement': c.statement },
          element('div', { class: 'meta' }, (c.role === 'said' ? 'dit par ' : 'à son sujet, par ') + (c.speakerLabel || '?')
            + (c.cue ? ' (« ' + c.cue + ' »)' : '') + (c.date ? ' · ' + c.date : '')),
          element('blockquote', {}, c.claim),
          c.around !== undefined ? (() => {
            const [before, claim, after] = sentence(c.around, Number(c.begin) - Number(c.from), Number(c.end) - Number(c.from));
            return element('p', { class: 'sentence', title: 'la phrase de l’article' }, before.trimStart(), element('mark', {}, claim), after);
          })() : null,
          element('div', { class: 'meta' },
            element('a', { class: 'article', href: c.url || c.article, target: '_blank', rel: 'noopener' },
              c.headline || c.article.replace(/^.*\/article\//, 'article ')),
            span ? ' · ' : null,
            span ? element('a', { class: 'span', href: c.article + span, target: '_blank', rel: 'noopener',
              title: 'la phrase dans le texte (décalages RFC 5147)' }, span) : null)));
      }
      details.append(element('h3', {}, 'Déploiements (' + deployments.length + ') '),
        element('a', { class: 'query-link', href: editorLink(deploymentsSparql), target: '_blank', rel: 'noopener' },
          'ouvrir la requête dans l’éditeur'));
      for (const d of deployments) {
        details.append(element('div', { class: 'deployment', 'data-deployment': d.deployment },
          element('div', {}, (d.sender || '?') + ' → ' + (d.destinations || '?') + ' : '
            + (d.count ? d.count + ' ' : '') + (d.unit || '')),
          element('div', { class: 'meta' }, d.role + (d.status ? ' · ' + d.status : '') + (d.date ? ' · ' + d.date : '') + ' · ',
            element('a', { href: d.url || d.article, target: '_blank', rel: 'noopener' },
              d.article.replace(/^.*\/article\//, 'article ')))));
      }
      details.dataset.state = 'ready';
    } catch (error) {
      details.append(element('p', { class: 'error' }, String(error)));
      details.dataset.state = 'error';
    }
  }

  function showResults() {
    const wanted = fold(search.value.trim());
    results.replaceChildren();
    if (!wanted) {
      results.hidden = true;
      return;
    }
    const found = [...allNodes.values()].filter(n => n.folded.includes(wanted))
      .sort((a, b) => b.mentions - a.mentions || a.label.localeCompare(b.label)).slice(0, 25);
    for (const n of found) {
      const li = element('li', { tabindex: '0', 'data-entity': n.id }, n.label, element('span', { class: 'type' }, n.type));
      li.addEventListener('click', () => { results.hidden = true; focus(n.id); });
      li.addEventListener('keydown', e => { if (e.key === 'Enter') { results.hidden = true; focus(n.id); } });
      results.append(li);
    }
    if (found.length === 0) {
      results.append(element('li', { class: 'none' }, 'Aucune entité'));
    }
    results.hidden = false;
  }

  function legend() {
    const footer = document.getElementById('legend');
    for (const [type, colour] of Object.entries(COLOURS)) {
      footer.append(element('span', {}, element('span', { class: 'swatch', style: 'background:' + colour }), type));
    }
    for (const [relation, colour] of Object.entries(EDGE_COLOURS)) {
      footer.append(element('span', {}, element('span', { class: 'swatch', style: 'border-radius:0;height:3px;background:' + colour }), relation));
    }
  }

  async function start() {
    legend();
    document.getElementById('view-query').href = editorLink(NODES_QUERY);
    const [nodes, edges] = await Promise.all([select(NODES_QUERY), select(EDGES_QUERY)]);
    let maxMentions = 1;
    for (const row of nodes) {
      const label = row.label || row.entity.replace(/^.*\//, '');
      const mentions = Number(row.mentions || 0);
      maxMentions = Math.max(maxMentions, mentions);
      allNodes.set(row.entity, { id: row.entity, label: label, type: row.type, wikidata: row.wikidata,
        mentions: mentions, folded: fold(label) });
    }
    allEdges = edges.filter(e => allNodes.has(e.source) && allNodes.has(e.target));
    cy = cytoscape({
      container: document.getElementById('graph'),
      minZoom: 0.05, maxZoom: 4, wheelSensitivity: 0.3,
      textureOnViewport: true, hideEdgesOnViewport: true, pixelRatio: 1,
      style: [
        { selector: 'node', style: {
          'background-color': '#999', 'label': 'data(label)', 'color': '#333',
          // Labels grow with mentions and show once large enough on screen: the most mentioned
          // first, the others as one zooms in.
          'font-size': 'mapData(mentions, 0, ' + maxMentions + ', 9, 18)', 'min-zoomed-font-size': 8,
          'text-valign': 'bottom', 'text-margin-y': 2,
          'text-background-color': '#fafafa', 'text-background-opacity': 0.75, 'text-background-padding': 1,
          'width': 'mapData(mentions, 0, ' + maxMentions + ', 14, 56)', 'height': 'mapData(mentions, 0, ' + maxMentions + ', 14, 56)' } },
        ...Object.entries(COLOURS).map(([type, colour]) => ({ selector: 'node[type = "' + type + '"]', style: { 'background-color': colour } })),
        // The most mentioned entities and the selected one keep their label at any zoom.
        { selector: 'node.major, node:selected', style: { 'min-zoomed-font-size': 0 } },
        { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f0ad4e' } },
        { selector: 'edge', style: { 'width': 'mapData(weight, 1, 5, 1, 5)', 'line-color': '#ccc', 'curve-style': 'bezier',
          'target-arrow-shape': 'triangle', 'target-arrow-color': '#ccc', 'arrow-scale': 0.8, 'opacity': 0.8 } },
        ...Object.entries(EDGE_COLOURS).map(([relation, colour]) => ({ selector: 'edge[relation = "' + relation + '"]',
          style: { 'line-color': colour, 'target-arrow-color': colour } })),
        { selector: 'edge[relation = "mentioned-with"]', style: { 'target-arrow-shape': 'none' } }
      ]
    });
    cy.on('tap', 'node', event => showDetails(event.target.id()));
    const top = [...allNodes.values()].sort((a, b) => b.mentions - a.mentions).slice(0, FIRST_DRAWN).map(n => n.id);
    draw(top);
    const major = new Set(top.slice(0, MAJOR_LABELS));
    cy.batch(() => cy.nodes().forEach(n => { if (major.has(n.id())) n.addClass('major'); }));
    showAll.textContent = 'Tout afficher (' + allNodes.size + ')';
    showAll.addEventListener('click', () => draw([...allNodes.keys()]));
    search.addEventListener('input', showResults);
    search.addEventListener('keydown', e => {
      if (e.key === 'Enter' && results.firstElementChild && results.firstElementChild.dataset.entity) {
        results.hidden = true;
        focus(results.firstElementChild.dataset.entity);
      }
    });
    window.sitrepGraph = { cy: cy, focus: focus };
    document.body.dataset.state = 'ready';
  }

  start().catch(error => {
    status.textContent = 'Erreur : ' + error;
    document.body.dataset.state = 'error';
  });
})();
