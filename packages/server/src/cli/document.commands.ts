// `doithoai documents`: list the documents that can be rendered and render one to a file, on the
// configured database (DATA_DIR, DATABASE_URL). There is no signed-in user here: the CLI acts as
// the deployment and sees every unit — whoever can run it can already read the database.
import fs from 'node:fs';
import { DomainError, documentKinds, type DocumentKind } from '@doithoai/core';
import { PdfRenderer } from '@doithoai/documents';
import { Argument, Option, type Command } from 'commander';
import { bootstrap } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import { DEPLOYMENT } from '../document/document-access.js';
import { documentFileFormats, type DocumentFileFormat } from '../document/document-file.js';
import { listReadableDocuments } from '../document/list-documents.js';
import { findReadableDocument, renderDocumentFile } from '../document/render-document.js';
import { unitByCode } from './cli.repository.js';

const DEPLOYMENT_NOTE =
  'Không cần đăng nhập: lệnh chạy với quyền của toàn bộ hệ thống (mọi đơn vị) / no signed-in user: acts as the deployment (all units)';

/** Writes one line and fails with exit status 2, as every bad argument does. */
function usage(command: Command, message: string): never {
  command.error(message, { exitCode: 2, code: 'doithoai.usage' });
}

export function registerDocumentCommands(program: Command): void {
  const documents = program
    .command('documents')
    .description(
      `văn bản: liệt kê, xuất DOCX/PDF/HTML / documents: list and render. ${DEPLOYMENT_NOTE}`,
    );

  documents
    .command('list')
    .description(
      `in mỗi văn bản một dòng: kind<TAB>id<TAB>số<TAB>trích yếu (số trống: dự thảo) / one line per renderable document: kind, id, number (empty for a draft), title. ${DEPLOYMENT_NOTE}`,
    )
    .option(
      '--unit <code>',
      'chỉ đơn vị có mã này và các đơn vị trực thuộc / only this unit (by code) and the units below it',
    )
    .action(async function (this: Command, opts: { unit?: string }) {
      const deps = await bootstrap(loadConfig());
      try {
        let underPath: string | undefined;
        if (opts.unit !== undefined) {
          const unit = await unitByCode(deps.db.kysely, opts.unit);
          if (!unit)
            usage(this, `Không có đơn vị mã "${opts.unit}" / no unit with code "${opts.unit}"`);
          underPath = unit.path;
        }
        const list = await listReadableDocuments(deps.db, DEPLOYMENT, { underPath });
        const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ');
        const lines = list.map((d) =>
          [d.kind, d.id, d.numberText ?? '', clean(d.title)].join('\t'),
        );
        if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
      } finally {
        await deps.db.close();
      }
    });

  documents
    .command('render')
    .description(`xuất một văn bản ra tệp / render one document to a file. ${DEPLOYMENT_NOTE}`)
    .addArgument(new Argument('<kind>', 'loại văn bản / document kind').choices(documentKinds))
    .requiredOption(
      '--id <id>',
      'mã văn bản (cột thứ hai của "documents list") / document id (second column of "documents list")',
    )
    .addOption(
      new Option('--format <format>', 'định dạng / format')
        .choices(documentFileFormats)
        .makeOptionMandatory(),
    )
    .requiredOption('--out <file>', 'tệp đích / output file')
    .action(async function (
      this: Command,
      kind: DocumentKind,
      opts: { id: string; format: DocumentFileFormat; out: string },
    ) {
      const deps = await bootstrap(loadConfig());
      let pdf: PdfRenderer | undefined;
      try {
        const found = await findReadableDocument(deps.db, DEPLOYMENT, kind, opts.id).catch(
          (error: unknown) => {
            if (error instanceof DomainError && error.code === 'NOT_FOUND') return undefined;
            throw error;
          },
        );
        if (!found)
          usage(
            this,
            `Không có văn bản ${kind} mã "${opts.id}" / no ${kind} document with id "${opts.id}"`,
          );
        const file = await renderDocumentFile(
          found,
          opts.format,
          () => (pdf ??= new PdfRenderer()),
        ).catch((error: unknown) => {
          // No browser for PDF: say what to install, in both languages (exit status 1).
          if (error instanceof DomainError)
            throw new Error(`${error.messages.vi} / ${error.messages.en}`);
          throw error;
        });
        fs.writeFileSync(opts.out, file.body);
        process.stdout.write(`${opts.out}\t${file.fileName.utf8}\n`);
      } finally {
        await pdf?.close();
        await deps.db.close();
      }
    });
}
