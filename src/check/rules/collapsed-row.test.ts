import { ruleTester } from '../rule-tester.js';
import { examples, rule } from './collapsed-row.js';

ruleTester(rule, examples);
