# An optional span (the speaker's) that lost its offsets.
# expect: A span needs exactly one nif:beginIndex
PREFIX sitrep: <https://w3id.org/sitrep/ns#>
BASE <https://w3id.org/sitrep/id/>
PREFIX schema: <https://schema.org/>
PREFIX prov:   <http://www.w3.org/ns/prov#>
PREFIX nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX owl:    <http://www.w3.org/2002/07/owl#>
PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>

DELETE WHERE { <article/renforts-baltes#char=93,105> nif:beginIndex ?begin ; nif:endIndex ?end }
