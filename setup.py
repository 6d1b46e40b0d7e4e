"""Only the package layout lives here (metadata is in pyproject.toml): the generator
(codegen/) and its output (generated/) are top-level folders of the repository, so the
architecture shows in the tree, and are installed as pyvapix.codegen and
pyvapix.generated -- one import name each, without symlinks."""

from setuptools import find_packages, setup

MAPPED = {"pyvapix.codegen": "codegen", "pyvapix.generated": "generated"}

packages = find_packages("src")
for name, folder in MAPPED.items():
    packages += [name, *(f"{name}.{sub}" for sub in find_packages(folder))]

setup(packages=packages, package_dir={"": "src", **MAPPED})
