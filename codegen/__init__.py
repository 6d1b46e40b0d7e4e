"""The pyvapix generator: specs/ (WSDL, XSD, YAML) -> generated/ (models, clients, registry)."""

# The folder is installed as pyvapix.codegen (setup.py maps it); a second import name would
# make a second copy of every module.
if __name__ != "pyvapix.codegen":
    raise ImportError(f"import the generator as pyvapix.codegen, not as {__name__}")
