"""Example queries the editor offers: the questions users ask of the graph most often."""

from __future__ import annotations

EXAMPLES = [
    ("Members of ISECG", """PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX isecg: <https://w3id.org/isecg-kg/ontology#>

# Organisations the documents state as members of ISECG, with their acronym
SELECT DISTINCT ?member ?name ?acronym WHERE {
  ?isecg isecg:acronym "ISECG" .
  ?member org:memberOf ?isecg ; rdfs:label ?name .
  OPTIONAL { ?member isecg:acronym ?acronym }
}
ORDER BY ?name"""),
    ("Who works on which technology", """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX isecg: <https://w3id.org/isecg-kg/ontology#>

SELECT ?organisation ?technology ?area WHERE {
  ?org isecg:worksOn ?tech ; rdfs:label ?organisation .
  ?tech skos:prefLabel ?technology .
  OPTIONAL { ?tech skos:broader/skos:prefLabel ?area }
}
ORDER BY ?organisation ?technology"""),
    ("Events with dates and places", """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <http://schema.org/>

SELECT ?event ?name ?start ?end ?place WHERE {
  ?event a schema:Event ; rdfs:label ?name .
  OPTIONAL { ?event schema:startDate ?start }
  OPTIONAL { ?event schema:endDate ?end }
  OPTIONAL { ?event schema:location/rdfs:label ?place }
}
ORDER BY ?start"""),
    ("Facts with their source page", """PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX isecg: <https://w3id.org/isecg-kg/ontology#>

# Extracted facts, the sentence each comes from and the page to check it on.  Unordered, so the first
# 100 come at once; "ORDER BY ?page" would first read every statement of the graph (minutes at scale).
SELECT ?subject ?predicate ?object ?page ?sentence ?passage WHERE {
  ?statement a isecg:ExtractedStatement ;
      rdf:subject ?s ; rdf:predicate ?predicate ; rdf:object ?o ;
      isecg:page ?page ; prov:wasDerivedFrom ?passage .
  OPTIONAL { ?statement isecg:sentence ?sentence }
  OPTIONAL { ?s rdfs:label ?subject }
  OPTIONAL { ?o rdfs:label ?object }
}
LIMIT 100"""),
    ("Graphs and their sizes", """PREFIX void: <http://rdfs.org/ns/void#>

# Every graph and its number of triples, as the build counted them (VoID): one named graph per
# document, the reference data, the ontology, these statistics, and the whole dataset (the default
# graph: their merge). Counting live gives the same numbers,
#   SELECT ?graph (COUNT(*) AS ?triples) WHERE { GRAPH ?graph { ?s ?p ?o } } GROUP BY ?graph
# but reads every quad of the store, which takes minutes on a large graph.
SELECT ?graph ?triples WHERE {
  ?graph void:triples ?triples .
  FILTER(isIRI(?graph))  # not the counts per predicate (void:propertyPartition)
}
ORDER BY DESC(?triples)"""),
]
