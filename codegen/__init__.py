"""The pyvapix generator: specs/ (WSDL, XSD, YAML) -> generated/ (models, clients, registry)."""
